package uk.ehcexchange.adapters.socialcare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.ehcexchange.model.CanonicalJson;
import uk.ehcexchange.model.SocialCareAssessment;

/**
 * A social care assessment → sections D, H1 and H2: socialcare/&lt;case&gt;.assessment.json →
 * &lt;case&gt;.sections.json. Run with {@code -Dgolden.update=true} to rewrite the expected files after a deliberate
 * change, then review the diff.
 */
class SocialCareSectionsGoldenTest {

    private static final Path FOLDER = Path.of("src/test/resources/socialcare");
    private static final ObjectMapper JSON = CanonicalJson.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT);

    static List<String> cases() throws Exception {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".assessment.json"))
                    .map(n -> n.substring(0, n.length() - ".assessment.json".length())).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mapsToTheExpectedSections(String name) throws Exception {
        SocialCareAssessment assessment = JSON.readValue(FOLDER.resolve(name + ".assessment.json").toFile(),
                SocialCareAssessment.class);

        String sections = JSON.writeValueAsString(SocialCareSections.from(assessment)) + "\n";

        Path expected = FOLDER.resolve(name + ".sections.json");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, sections, StandardCharsets.UTF_8);
        }
        assertThat(sections).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }
}
