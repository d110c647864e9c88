package uk.ehcexchange.model.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import uk.ehcexchange.model.Authority;
import uk.ehcexchange.model.AuthorityKind;

class EnglishLocalAuthoritiesTest {

    @Test
    void listsAll153EnglishCouncilsWithUniqueCodes() {
        List<Authority> all = EnglishLocalAuthorities.all();
        assertThat(all).hasSize(153);
        assertThat(all).extracting(Authority::laCode).doesNotHaveDuplicates().allMatch(c -> c.matches("[0-9]{3}"));
        assertThat(all).extracting(Authority::gssCode).doesNotHaveDuplicates().allMatch(c -> c.matches("E[0-9]{8}"));
        assertThat(all).allSatisfy(a -> {
            assertThat(a.kind()).isEqualTo(AuthorityKind.COUNCIL);
            assertThat(a.code()).isEqualTo(a.laCode());
            assertThat(a.odsCode()).isNull();
            assertThat(a.name()).isNotBlank();
        });
    }

    @Test
    void findsCouncilsByLaCode() {
        assertThat(EnglishLocalAuthorities.byLaCode("919")).contains(
                new Authority(AuthorityKind.COUNCIL, "919", "919", "E10000015", null, "Hertfordshire"));
        assertThat(EnglishLocalAuthorities.byLaCode("821")).map(Authority::name).contains("Luton");
        assertThat(EnglishLocalAuthorities.byLaCode("303")).map(Authority::name).contains("Bexley");
        assertThat(EnglishLocalAuthorities.byLaCode("305")).map(Authority::name).contains("Bromley");
    }

    @Test
    void keepsCommasInsideQuotedNames() {
        assertThat(EnglishLocalAuthorities.byLaCode("801")).map(Authority::name).contains("Bristol, City of");
        assertThat(EnglishLocalAuthorities.byLaCode("839")).map(Authority::gssCode).contains("E06000058");
    }

    @Test
    void rejectsUnknownCodes() {
        assertThat(EnglishLocalAuthorities.isKnownLaCode("919")).isTrue();
        assertThat(EnglishLocalAuthorities.isKnownLaCode("999")).isFalse();
        assertThat(EnglishLocalAuthorities.isKnownLaCode("0919")).isFalse();
        assertThat(EnglishLocalAuthorities.isKnownLaCode(" 919")).isFalse();
        assertThat(EnglishLocalAuthorities.isKnownLaCode(null)).isFalse();
        assertThat(EnglishLocalAuthorities.byLaCode(null)).isEmpty();
    }

    @Test
    void shippedCopyMatchesSharedReference() throws IOException {
        String sharedDir = System.getProperty("ehc.shared.dir");
        Path shared = sharedDir == null ? null : Path.of(sharedDir, "reference", "local-authorities-england.csv");
        Assumptions.assumeTrue(shared != null && Files.isRegularFile(shared),
                () -> "Skipped: shared reference file not found at " + shared
                        + " (system property ehc.shared.dir = " + sharedDir + ")");

        String expected = Files.readString(shared, StandardCharsets.UTF_8);
        String shipped;
        try (InputStream in = EnglishLocalAuthorities.class.getResourceAsStream(EnglishLocalAuthorities.RESOURCE)) {
            assertThat(in).as("classpath copy").isNotNull();
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // Compare line by line so a checkout that rewrites line endings does not fail a byte-identical copy.
        assertThat(shipped.lines()).containsExactlyElementsOf(expected.lines().toList());
    }
}
