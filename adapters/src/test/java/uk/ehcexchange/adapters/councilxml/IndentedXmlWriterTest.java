package uk.ehcexchange.adapters.councilxml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.ehcexchange.adapters.councilxml.jaxb.BudgetLineType;
import uk.ehcexchange.adapters.councilxml.jaxb.EhcPlanType;
import uk.ehcexchange.adapters.councilxml.jaxb.FundingStream;
import uk.ehcexchange.adapters.councilxml.jaxb.LocalDataType;
import uk.ehcexchange.adapters.councilxml.jaxb.ObjectFactory;
import uk.ehcexchange.adapters.councilxml.jaxb.PersonalBudgetSectionType;
import uk.ehcexchange.adapters.councilxml.jaxb.SectionsType;
import uk.ehcexchange.model.CanonicalJson;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.samples.SyntheticCaseload;

/**
 * The council XML writer against JAXB's marshaller, the reference: for every golden document, hundreds of generated
 * plans, text full of characters that need escaping, and shapes the mapper never makes (empty elements, local
 * data with attributes), the two write the same bytes.
 */
class IndentedXmlWriterTest {

    private static final ObjectFactory FACTORY = new ObjectFactory();

    static Stream<String> goldenDocuments() {
        return Stream.of(
                GoldenFiles.cases("councilxml/plans", ".xml").stream().map(name -> "plans/" + name + ".xml"),
                GoldenFiles.cases("councilxml/from-xml", ".xml").stream().map(name -> "from-xml/" + name + ".xml"),
                Stream.of("ehc-plan-919-full.xml", "advice/health-advice-919.xml",
                        "advice/social-care-assessment-919.xml")).flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenDocuments")
    void writesWhatJaxbWritesForEveryGoldenDocument(String name) {
        byte[] xml = GoldenFiles.read("councilxml/" + name);
        if (name.startsWith("advice/health")) {
            var advice = CouncilXml.readHealthAdvice(new ByteArrayInputStream(xml));
            assertSameAsJaxb(CouncilXml.write(advice), CouncilXml.writeWithJaxb(FACTORY.createHealthAdvice(advice)));
        } else if (name.startsWith("advice/social")) {
            var assessment = CouncilXml.readSocialCareAssessment(new ByteArrayInputStream(xml));
            assertSameAsJaxb(CouncilXml.write(assessment),
                    CouncilXml.writeWithJaxb(FACTORY.createSocialCareAssessment(assessment)));
        } else {
            assertSamePlan(CouncilXml.readPlan(xml));
        }
    }

    @Test
    void writesWhatJaxbWritesForGeneratedPlans() {
        SyntheticCaseload caseload = new SyntheticCaseload("919", 5, LocalDate.of(2026, 11, 23));
        IntStream.range(0, 300).forEach(i -> assertSamePlan(CouncilXmlMapper.toXml(caseload.plan(i)).value()));
    }

    @Test
    void escapesTextAsJaxbDoes() throws Exception {
        String awkward = "Quotes \" and ' ampersands & < > ]]> </Text> <script>alert(1)</script>\r\n"
                + "tab\there, CR alone\r, nbsp\u00a0 § © ™ μ £ – “curly” é ß 中文 \u2028 \ufffd "
                + "emoji \ud83d\ude00 and \ud83e\udd1d, &amp; &#x41;   leading and trailing spaces   ";
        ObjectNode tree = (ObjectNode) CanonicalJson.mapper().readTree(
                getClass().getResource("/uk/ehcexchange/samples/ehc-plan-919-full.json"));
        ObjectNode sections = (ObjectNode) tree.get("sections");
        ((ObjectNode) sections.get("A")).put("text", awkward);
        ((ObjectNode) sections.get("C")).put("text", "   \n\t ");
        ((ObjectNode) sections.get("D").get("author")).put("name", awkward + " \u0001 a lone surrogate \ud800");
        ((ObjectNode) tree.get("child")).put("givenName", awkward).put("familyName", "O'Brien-Ünal");
        EhcPlan plan = CanonicalJson.mapper().treeToValue(tree, EhcPlan.class);

        assertSamePlan(CouncilXmlMapper.toXml(plan).value());
    }

    @Test
    void writesEmptyElementsAttributesAndAmountsAsJaxbDoes() {
        EhcPlanType plan = CouncilXml.readPlan(GoldenFiles.read("councilxml/from-xml/local-data-not-carried.xml"));
        LocalDataType.Field awkwardName = new LocalDataType.Field();
        awkwardName.setName("a\"b\tc\nd&<>\re");
        awkwardName.setValue("");
        plan.getLocalData().getField().add(awkwardName);
        plan.getChild().setPostcode("");
        plan.setSections(new SectionsType());
        assertSamePlan(plan);

        PersonalBudgetSectionType budget = new PersonalBudgetSectionType();
        budget.setAuthor(CouncilXml.readPlan(GoldenFiles.read("councilxml/ehc-plan-919-full.xml")).getSections()
                .getSectionA().getAuthor());
        for (String amount : List.of("0", "0.5", "1850.00", "99999999.99", "1E+3")) {
            BudgetLineType line = new BudgetLineType();
            line.setStream(FundingStream.HEALTH);
            line.setAnnualAmount(new BigDecimal(amount));
            line.setDirectPayment(amount.length() % 2 == 0);
            budget.getLine().add(line);
        }
        plan.getSections().setSectionJ(budget);
        plan.setLocalData(new LocalDataType());
        assertSamePlan(plan);
    }

    private static void assertSamePlan(EhcPlanType plan) {
        assertSameAsJaxb(CouncilXml.write(plan), CouncilXml.writeWithJaxb(FACTORY.createEhcPlan(plan)));
    }

    private static void assertSameAsJaxb(byte[] ours, byte[] jaxb) {
        assertThat(new String(ours, StandardCharsets.UTF_8)).isEqualTo(new String(jaxb, StandardCharsets.UTF_8));
        assertThat(ours).isEqualTo(jaxb);
    }
}
