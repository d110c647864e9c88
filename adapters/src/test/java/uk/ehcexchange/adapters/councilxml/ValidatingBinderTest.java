package uk.ehcexchange.adapters.councilxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.time.LocalDate;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.ehcexchange.adapters.councilxml.jaxb.EhcPlanType;
import uk.ehcexchange.adapters.councilxml.jaxb.HealthAdviceType;
import uk.ehcexchange.adapters.councilxml.jaxb.SocialCareAssessmentType;
import uk.ehcexchange.samples.SyntheticCaseload;

/**
 * The streaming pass binds every valid document itself (so valid documents never pay for the DOM re-read) and
 * gives up on anything else, leaving the errors to the DOM path ({@link CouncilXmlReadingTest}).
 */
class ValidatingBinderTest {

    private static final ValidatingBinder BINDER = CouncilXml.BINDER;
    private static final String VALID = new String(GoldenFiles.read("councilxml/plans/section-e-outcomes.xml"),
            StandardCharsets.UTF_8);

    static List<String> plans() {
        return java.util.stream.Stream.concat(
                GoldenFiles.cases("councilxml/plans", ".xml").stream().map(name -> "plans/" + name),
                GoldenFiles.cases("councilxml/from-xml", ".xml").stream().map(name -> "from-xml/" + name)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void bindsEveryGoldenPlanInOnePassAsTheDomPathDoes(String name) {
        byte[] xml = GoldenFiles.read("councilxml/" + name + ".xml");

        assertThat(BINDER.bind(xml, CouncilXml.EHC_PLAN, EhcPlanType.class)).get()
                .usingRecursiveComparison().isEqualTo(fromDom(xml));
    }

    @Test
    void bindsTheCharactersAsWrittenAsTheDomPathDoes() {
        byte[] xml = VALID.replace("<Issued>", "<Issued>\n  ").replace("</Issued>", " </Issued>")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(BINDER.bind(xml, CouncilXml.EHC_PLAN, EhcPlanType.class)).get()
                .usingRecursiveComparison().isEqualTo(fromDom(xml));
    }

    /** Forms a council system may write that mean the same: the binder reads each as JAXB does. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("unusualButValid")
    void bindsUnusualButValidFormsAsJaxbDoes(String form, String from, String to) {
        byte[] xml = new String(GoldenFiles.read("councilxml/plans/section-j-budget-amounts.xml"), StandardCharsets.UTF_8)
                .replace(from, to).getBytes(StandardCharsets.UTF_8);

        assertThat(BINDER.bind(xml, CouncilXml.EHC_PLAN, EhcPlanType.class)).as(form).get()
                .usingRecursiveComparison().isEqualTo(fromDom(xml));
    }

    static Stream<Arguments> unusualButValid() {
        return Stream.of(
                Arguments.of("whitespace around a date", "<Issued>2026-01-19</Issued>", "<Issued>\n\t 2026-01-19  </Issued>"),
                Arguments.of("a signed amount with spaces", "<AnnualAmount>0.50</AnnualAmount>",
                        "<AnnualAmount> +0.5 </AnnualAmount>"),
                Arguments.of("an amount without decimals", "<AnnualAmount>1850.00</AnnualAmount>",
                        "<AnnualAmount>1850.</AnnualAmount>"),
                Arguments.of("booleans as digits", "<DirectPayment>true</DirectPayment>",
                        "<DirectPayment> 1 </DirectPayment>"),
                Arguments.of("boolean false as a digit", "<DirectPayment>false</DirectPayment>",
                        "<DirectPayment>0</DirectPayment>"),
                Arguments.of("text in CDATA, with references and a comment", "<Description>Notional budget</Description>",
                        "<Description>&lt;<![CDATA[Notional & <budget>]]>&#x41;&amp;<!-- note --> \u00e9\u4e2d\ud83d\ude00</Description>"),
                Arguments.of("a processing instruction and comments between elements", "<Stream>HEALTH</Stream>",
                        "<?council-system note?><!-- x --><Stream>HEALTH</Stream><!-- y -->"),
                Arguments.of("a prefixed namespace", "<Stream>EDUCATION</Stream>",
                        "<cx:Stream xmlns:cx=\"urn:ehc-exchange:council-xml:v1\">EDUCATION</cx:Stream>"));
    }

    @Test
    void bindsGeneratedPlansAsJaxbDoes() {
        SyntheticCaseload caseload = new SyntheticCaseload("919", 6, LocalDate.of(2026, 11, 23));
        IntStream.range(0, 200).forEach(i -> {
            byte[] xml = CouncilXml.write(CouncilXmlMapper.toXml(caseload.plan(i)).value());
            assertThat(BINDER.bind(xml, CouncilXml.EHC_PLAN, EhcPlanType.class)).get()
                    .usingRecursiveComparison().isEqualTo(fromDom(xml));
        });
    }

    @Test
    void bindsTheSampleAndTheOtherDocumentsInOnePass() {
        assertThat(BINDER.bind(GoldenFiles.read("councilxml/ehc-plan-919-full.xml"), CouncilXml.EHC_PLAN,
                EhcPlanType.class)).isPresent();
        assertThat(BINDER.bind(GoldenFiles.read("councilxml/advice/health-advice-919.xml"), CouncilXml.HEALTH_ADVICE,
                HealthAdviceType.class)).isPresent();
        assertThat(BINDER.bind(GoldenFiles.read("councilxml/advice/social-care-assessment-919.xml"),
                CouncilXml.SOCIAL_CARE_ASSESSMENT, SocialCareAssessmentType.class)).isPresent();
    }

    @Test
    void givesUpOnAValidDocumentOfAnotherKind() {
        byte[] assessment = GoldenFiles.read("councilxml/advice/social-care-assessment-919.xml");

        assertThat(BINDER.bind(assessment, CouncilXml.EHC_PLAN, EhcPlanType.class)).isEmpty();
    }

    @Test
    void givesUpOnASchemaViolation() {
        assertThat(bindPlan(VALID.replace("<NhsNumber>9993110469</NhsNumber>", "<NhsNumber>999 311 0469</NhsNumber>")))
                .isFalse();
        assertThat(bindPlan(VALID.replaceFirst("<Term>SHORT_TERM</Term>", "<Term>SHORT_TERM</Term><Priority>high</Priority>")))
                .isFalse();
    }

    @Test
    void givesUpOnMalformedXml() {
        assertThat(bindPlan(VALID.replace("</Child>", "</Chld>"))).isFalse();
        assertThat(bindPlan("")).isFalse();
    }

    @Test
    void givesUpOnAnyDoctypeEvenAHarmlessOne() {
        assertThat(bindPlan(VALID.replace("<EhcPlan ", "<!DOCTYPE EhcPlan>\n<EhcPlan "))).isFalse();
        assertThat(bindPlan(VALID.replace("<EhcPlan ", "<!DOCTYPE EhcPlan [<!ENTITY name \"Ada\">]>\n<EhcPlan ")
                .replace("<GivenName>Ada</GivenName>", "<GivenName>&name;</GivenName>"))).isFalse();
    }

    @Test
    void aSchemaLocationHintInTheDocumentIsNotFollowed() {
        String hinted = VALID.replace("<EhcPlan xmlns=\"urn:ehc-exchange:council-xml:v1\">",
                "<EhcPlan xmlns=\"urn:ehc-exchange:council-xml:v1\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                        + " xsi:schemaLocation=\"urn:ehc-exchange:council-xml:v1 http://127.0.0.1:9/other.xsd\">");

        assertThat(hinted).contains("schemaLocation");
        assertThat(bindPlan(hinted)).as("checked against the published schema only, nothing fetched").isTrue();
    }

    @Test
    void theHardenedSaxParserFetchesNoExternalDtdOrSchemaEvenAfterAReset() throws Exception {
        SAXParser parser = SafeXml.hardened(SAXParserFactory.newInstance()).newSAXParser();
        parser.reset();

        assertThat(parser.getProperty(XMLConstants.ACCESS_EXTERNAL_DTD)).isEqualTo("");
        assertThat(parser.getProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA)).isEqualTo("");
        assertThat(parser.getXMLReader().getFeature("http://apache.org/xml/features/disallow-doctype-decl")).isTrue();
    }

    @Test
    void threadsBindAtTheSameTimeEachWithItsOwnParser() throws Exception {
        byte[] xml = GoldenFiles.read("councilxml/ehc-plan-919-full.xml");
        EhcPlanType expected = fromDom(xml);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<EhcPlanType>>> bound = threads.invokeAll(Collections.nCopies(4, () -> IntStream.range(0, 25)
                    .mapToObj(i -> BINDER.bind(xml, CouncilXml.EHC_PLAN, EhcPlanType.class).orElseThrow()).toList()));
            for (Future<List<EhcPlanType>> each : bound) {
                assertThat(each.get()).hasSize(25).allSatisfy(plan ->
                        assertThat(plan).usingRecursiveComparison().isEqualTo(expected));
            }
        } finally {
            threads.shutdown();
        }
    }

    @Test
    void aParserReusedAfterAFailureStillBinds() {
        assertThat(bindPlan(VALID.replace("</Child>", "</Chld>"))).isFalse();

        assertThat(bindPlan(VALID)).isTrue();
    }

    private static EhcPlanType fromDom(byte[] xml) {
        return CouncilXml.unmarshal(SafeXml.parse(new ByteArrayInputStream(xml)).getDocumentElement(), EhcPlanType.class);
    }

    private static boolean bindPlan(String xml) {
        return BINDER.bind(xml.getBytes(StandardCharsets.UTF_8), CouncilXml.EHC_PLAN, EhcPlanType.class).isPresent();
    }
}
