package uk.ehcexchange.adapters.councilxml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.ehcexchange.adapters.councilxml.jaxb.AdviceDocumentType;
import uk.ehcexchange.adapters.councilxml.jaxb.HealthAdviceType;
import uk.ehcexchange.adapters.councilxml.jaxb.SocialCareAssessmentType;
import uk.ehcexchange.model.AdviceDocument;
import uk.ehcexchange.model.CanonicalJson;
import uk.ehcexchange.model.HealthAdvice;
import uk.ehcexchange.model.SocialCareAssessment;

/**
 * Social care assessments, health advice and the other kinds of advice in council XML:
 * advice/&lt;case&gt;.assessment.json (or .health-advice.json, .advice.json) → &lt;case&gt;.xml, and back to an
 * equal canonical document.
 */
class CouncilXmlAdviceGoldenTest {

    private static final ObjectMapper JSON = CanonicalJson.mapper();

    static List<String> assessments() {
        return GoldenFiles.cases("councilxml/advice", ".assessment.json");
    }

    static List<String> adviceDocuments() {
        return GoldenFiles.cases("councilxml/advice", ".advice.json");
    }

    static List<String> healthAdvice() {
        return GoldenFiles.cases("councilxml/advice", ".health-advice.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("assessments")
    void socialCareAssessmentsRoundTrip(String name) throws Exception {
        SocialCareAssessment input = JSON.readValue(GoldenFiles.read("councilxml/advice/" + name + ".assessment.json"),
                SocialCareAssessment.class);

        Mapped<SocialCareAssessmentType> xml = CouncilXmlMapper.toXml(input);
        byte[] written = CouncilXml.write(xml.value());

        GoldenFiles.assertMatches("councilxml/advice/" + name + ".xml", new String(written, StandardCharsets.UTF_8));
        assertThat(xml.notCarried()).isEmpty();
        assertThat(CouncilXmlMapper.toCanonical(CouncilXml.readSocialCareAssessment(new ByteArrayInputStream(written)))
                .value()).isEqualTo(input);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("healthAdvice")
    void healthAdviceRoundTrips(String name) throws Exception {
        HealthAdvice input = JSON.readValue(GoldenFiles.read("councilxml/advice/" + name + ".health-advice.json"),
                HealthAdvice.class);

        Mapped<HealthAdviceType> xml = CouncilXmlMapper.toXml(input);
        byte[] written = CouncilXml.write(xml.value());

        GoldenFiles.assertMatches("councilxml/advice/" + name + ".xml", new String(written, StandardCharsets.UTF_8));
        assertThat(CouncilXmlMapper.toCanonical(CouncilXml.readHealthAdvice(new ByteArrayInputStream(written)))
                .value()).isEqualTo(input);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adviceDocuments")
    void adviceDocumentsRoundTrip(String name) throws Exception {
        AdviceDocument input = JSON.readValue(GoldenFiles.read("councilxml/advice/" + name + ".advice.json"),
                AdviceDocument.class);

        Mapped<AdviceDocumentType> xml = CouncilXmlMapper.toXml(input);
        byte[] written = CouncilXml.write(xml.value());

        GoldenFiles.assertMatches("councilxml/advice/" + name + ".xml", new String(written, StandardCharsets.UTF_8));
        assertThat(xml.notCarried()).isEmpty();
        assertThat(CouncilXmlMapper.toCanonical(CouncilXml.readAdviceDocument(new ByteArrayInputStream(written)))
                .value()).isEqualTo(input);
    }
}
