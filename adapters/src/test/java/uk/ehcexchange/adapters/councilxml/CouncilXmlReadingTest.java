package uk.ehcexchange.adapters.councilxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.ehcexchange.model.validation.Violation;

/** Reading council XML from outside: hostile and broken documents are refused, each error naming its element. */
class CouncilXmlReadingTest {

    private static final String VALID = new String(GoldenFiles.read("councilxml/plans/section-e-outcomes.xml"),
            StandardCharsets.UTF_8);

    @Test
    void anExternalEntityIsRefusedBeforeAnythingIsRead() {
        String xxe = VALID.replace("<EhcPlan ", "<!DOCTYPE EhcPlan [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n<EhcPlan ")
                .replace("<GivenName>Ada</GivenName>", "<GivenName>&secret;</GivenName>");

        CouncilXmlException refused = refuse(xxe);

        assertThat(refused.kind()).isEqualTo(CouncilXmlException.Kind.DTD_NOT_ALLOWED);
        assertThat(refused.violations()).extracting(Violation::rule).containsExactly("no-dtd");
        assertThat(refused.getMessage() + refused.violations()).doesNotContain("root:");
    }

    @Test
    void entityExpansionIsRefused() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE EhcPlan [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String laughs = VALID.replace("<EhcPlan ", dtd + "]>\n<EhcPlan ")
                .replace("<GivenName>Ada</GivenName>", "<GivenName>&lol9;</GivenName>");

        assertThat(refuse(laughs).kind()).isEqualTo(CouncilXmlException.Kind.DTD_NOT_ALLOWED);
    }

    @Test
    void malformedXmlIsRefusedWithWhereItBroke() {
        CouncilXmlException refused = refuse(VALID.replace("</Child>", "</Chld>"));

        assertThat(refused.kind()).isEqualTo(CouncilXmlException.Kind.MALFORMED_XML);
        assertThat(refused.violations().get(0).message()).contains("line");
    }

    @Test
    void aSchemaViolationNamesTheElementByXPathWithoutRepeatingTheValue() {
        CouncilXmlException refused = refuse(VALID.replace("<NhsNumber>9993110469</NhsNumber>",
                "<NhsNumber>999 311 0469</NhsNumber>"));

        assertThat(refused.kind()).isEqualTo(CouncilXmlException.Kind.SCHEMA_VIOLATION);
        assertThat(refused.violations()).extracting(Violation::field).contains("/EhcPlan/Child/NhsNumber");
        assertThat(refused.violations()).extracting(Violation::rule).contains("cvc-pattern-valid");
        assertThat(refused.violations()).extracting(Violation::message).noneMatch(m -> m.contains("999 311 0469"));
    }

    @Test
    void anUnexpectedElementIsNamedWithItsPosition() {
        String extra = VALID.replaceFirst("<Term>SHORT_TERM</Term>", "<Term>SHORT_TERM</Term><Priority>high</Priority>");

        CouncilXmlException refused = refuse(extra);

        assertThat(refused.violations()).extracting(Violation::field)
                .contains("/EhcPlan/Sections/SectionE/Outcome[1]/Priority");
    }

    @Test
    void anotherDocumentThanAPlanIsRefused() {
        CouncilXmlException refused = refuse("<Plan xmlns=\"urn:other\"/>");

        assertThat(refused.violations()).extracting(Violation::rule).containsExactly("document-element");
    }

    private static CouncilXmlException refuse(String xml) {
        return catchThrowableOfType(CouncilXmlException.class,
                () -> CouncilXml.readPlan(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
    }
}
