package uk.ehcexchange.adapters.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.ehcexchange.model.CanonicalJson;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.samples.SyntheticCaseload;

/**
 * The plan document's own JSON writer ({@link FhirPlanMapper#toJson}) against HAPI's encoder, the reference: for
 * every golden plan, hundreds of generated plans and text full of characters that need escaping, the two give
 * the same text, the same JSON tree, and Bundles that HAPI parses to deeply equal models. An element the mapper
 * starts writing that the writer does not know fails here.
 */
class PlanDocumentJsonTest {

    private static final FhirContext FHIR = FhirPlanMapperGoldenTest.FHIR;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A context whose encoder does not look for resources to contain: the same text, since none is ever found. */
    private static final FhirContext NO_AUTO_CONTAIN = noAutoContain();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final FhirPlanMapper mapper = new FhirPlanMapper(FHIR);

    static Stream<Arguments> goldenCases() {
        return FhirPlanMapperGoldenTest.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenCases")
    void writesWhatHapiWritesForEveryGoldenPlan(String name, String input) throws Exception {
        EhcPlan plan = FhirPlanMapperGoldenTest.plan(input);

        String json = assertSameAsHapi(plan, FhirPlanMapperGoldenTest.context(name, plan));

        assertThat(JSON.readTree(json)).as("the golden document")
                .isEqualTo(JSON.readTree(Golden.read(Golden.ROOT + "plan/" + name + ".fhir.json")));
    }

    @Test
    void writesWhatHapiWritesForGeneratedPlans() {
        SyntheticCaseload caseload = new SyntheticCaseload("919", 4, TODAY);
        IntStream.range(0, 400).forEach(i -> {
            EhcPlan plan = caseload.plan(i);
            assertSameAsHapi(plan, new PlanBundleContext("generated-" + i, FhirPlanMapperGoldenTest.TIMESTAMP,
                    "Hertfordshire"));
        });
    }

    @Test
    void escapesTextAsHapiDoes() throws Exception {
        // Characters XML allows (in the narratives) and JSON must escape or pass through.
        String awkward = "Quotes \" and ' ampersands & < > </pre></div> <script>alert(1)</script>\r\n"
                + "tab\there, backslash \\ slash / nbsp\u00a0 § © ™ μ ® £ – “curly” é ß 中文 \u2028 "
                + "emoji \ud83d\ude00 and \ud83e\udd1d, http://example.org/x?a=1&b=2 &amp; "
                + "   leading and trailing spaces   ";
        // Characters XML does not allow, so only where no narrative repeats them.
        String controls = awkward + " \u0001 \u001f \u007f, a lone surrogate \ud800";
        ObjectNode tree = (ObjectNode) CanonicalJson.mapper().readTree(Golden.read(
                "/uk/ehcexchange/samples/ehc-plan-919-full.json"));
        ObjectNode sections = (ObjectNode) tree.get("sections");
        ((ObjectNode) sections.get("A")).put("text", awkward);
        ((ObjectNode) sections.get("B")).put("text", "");
        ((ObjectNode) sections.get("C")).put("text", "   \n\t ");
        ((ObjectNode) sections.get("D").get("author")).put("name", controls).put("role", " ");
        ((ObjectNode) sections.get("E").get("outcomes").get(0)).put("description", controls);
        ((ObjectNode) sections.get("F").get("items").get(0)).put("quantity", controls).put("deliveredBy", "");
        ((ObjectNode) sections.get("J").get("lines").get(0)).put("description", awkward);
        ((ObjectNode) tree.get("child")).put("givenName", controls).put("familyName", "O'Brien-Ünal");
        EhcPlan plan = CanonicalJson.mapper().treeToValue(tree, EhcPlan.class);

        assertSameAsHapi(plan, new PlanBundleContext("awkward-text", FhirPlanMapperGoldenTest.TIMESTAMP,
                "Council \"of\" <Awkward> & Names"));
    }

    @Test
    void refusesABundleTheMapperDidNotMake() {
        Bundle parsed = FHIR.newJsonParser().parseResource(Bundle.class,
                Golden.read(Golden.ROOT + "plan/plan-919-full.fhir.json"));

        assertThatThrownBy(() -> mapper.toJson(parsed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FhirPlanMapper.toDocumentBundle");
    }

    /** Same text as HAPI's encoder (with and without auto-containment), same JSON tree, deeply equal when parsed. */
    private String assertSameAsHapi(EhcPlan plan, PlanBundleContext context) {
        Bundle bundle = mapper.toDocumentBundle(plan, context);
        String hapi = FHIR.newJsonParser().encodeResourceToString(bundle);

        String ours = mapper.toJson(bundle);

        String what = "plan " + plan.planId();
        assertThat(ours).as(what).isEqualTo(hapi);
        assertThat(NO_AUTO_CONTAIN.newJsonParser().encodeResourceToString(bundle)).as(what).isEqualTo(hapi);
        assertThat(tree(ours)).as(what).isEqualTo(tree(hapi));
        Bundle parsedOurs = FHIR.newJsonParser().parseResource(Bundle.class, ours);
        Bundle parsedHapi = FHIR.newJsonParser().parseResource(Bundle.class, hapi);
        assertThat(parsedOurs.equalsDeep(parsedHapi)).as(what + ": the parsed Bundles are deeply equal").isTrue();
        return ours;
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + e.getMessage(), e);
        }
    }

    private static FhirContext noAutoContain() {
        FhirContext fhir = FhirContext.forR4();
        fhir.getParserOptions().setAutoContainReferenceTargetsWithNoId(false);
        return fhir;
    }
}
