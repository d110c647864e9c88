package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ehcexchange.conformance.BadRequestTest.assertRefused;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.ehcexchange.adapters.councilxml.CouncilXml;
import uk.ehcexchange.adapters.councilxml.CouncilXmlMapper;
import uk.ehcexchange.model.CanonicalJson;
import uk.ehcexchange.model.EhcPlan;

/**
 * A plan submitted in council XML over REST: a valid document is read in one streaming pass and stored as the plan
 * it carries; a refused one is answered, as before that pass existed, with every error named by its XPath.
 */
class CouncilXmlRestTest {

    private final RunningHub hub = RunningHub.get();

    @Test
    void aValidPlanInCouncilXmlIsStoredAsTheCanonicalPlanItCarries() throws Exception {
        String planId = Plans.freshId();
        ObjectNode plan = SoapFixtures.plan(planId, "305");

        HttpResponse<String> stored = put(planId, xml(plan));

        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        assertThat(Plans.parse(hub.as("305").get("/api/v1/plans/" + planId).body())).isEqualTo(plan);
    }

    @Test
    void aSchemaViolationIsRefusedNamingTheElementByXPath() throws Exception {
        String planId = Plans.freshId();
        String xml = xml(SoapFixtures.plan(planId, "305"));
        String nhsNumber = SoapFixtures.plan(planId, "305").get("child").get("nhsNumber").asText();

        HttpResponse<String> refused = put(planId, xml.replace("<NhsNumber>" + nhsNumber + "</NhsNumber>",
                "<NhsNumber>" + nhsNumber.substring(0, 3) + " " + nhsNumber.substring(3) + "</NhsNumber>"));

        assertRefused(refused, 400, "/EhcPlan/Child/NhsNumber", "cvc-pattern-valid");
        assertThat(refused.body()).doesNotContain(nhsNumber.substring(3));
        assertThat(hub.as("305").get("/api/v1/plans/" + planId).statusCode()).isEqualTo(404);
    }

    @Test
    void aDoctypeIsRefused() throws Exception {
        String planId = Plans.freshId();
        String xml = xml(SoapFixtures.plan(planId, "305")).replace("<EhcPlan ",
                "<!DOCTYPE EhcPlan [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n<EhcPlan ");

        assertRefused(put(planId, xml), 400, "/", "no-dtd");
    }

    private HttpResponse<String> put(String planId, String xml) {
        return hub.as("305").send("PUT", "/api/v1/plans/" + planId, "application/xml", xml, "xml-" + planId);
    }

    private static String xml(ObjectNode plan) throws Exception {
        EhcPlan canonical = CanonicalJson.mapper().treeToValue(plan, EhcPlan.class);
        return new String(CouncilXml.write(CouncilXmlMapper.toXml(canonical).value()), StandardCharsets.UTF_8);
    }
}
