package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 5: section I may name only the type of placement (SEND Regulations 2014 reg 12(1)(i)). A final plan
 * for education otherwise than at school (SEN2 SENSetting OLA) names no institution; it is accepted, and transfers to
 * another council unchanged like any other final plan (reg 15).
 */
class TypeOfPlacementTransferTest {

    private final RunningHub hub = RunningHub.get();

    @Test
    void aFinalPlanForEducationOtherwiseThanAtSchoolIsAcceptedAndTransfers() {
        String planId = Plans.freshId();
        ObjectNode plan = Plans.golden(planId);
        ObjectNode sectionI = (ObjectNode) plan.with("sections").get("I");
        sectionI.remove("establishment");
        sectionI.put("placementType", "OLA").put("placementDescription",
                "Education otherwise than at school: tuition at home, 15 hours a week, arranged by the council");
        HttpResponse<String> submitted = hub.as("919").put("/api/v1/plans/" + planId, plan.toString(), "eotas-" + planId);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);

        JsonNode item = Plans.transferredFromHertsToLuton(hub, planId);
        assertThat(item.get("plan")).as("the plan arrives unchanged").isEqualTo(plan);
    }

    @Test
    void aFinalPlanNamingNeitherAnInstitutionNorATypeOfPlacementIsRefused() {
        String planId = Plans.freshId();
        ObjectNode plan = Plans.golden(planId);
        ((ObjectNode) plan.with("sections").get("I")).remove("establishment");

        HttpResponse<String> refused = hub.as("919").put("/api/v1/plans/" + planId, plan.toString(), "none-" + planId);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("placement-required-when-final").contains("sections.I.establishment");
    }
}
