package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.ehcexchange.conformance.SoapFixtures.date;
import static uk.ehcexchange.conformance.SoapFixtures.today;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import uk.ehcexchange.conformance.soapclient.AcknowledgeInboxItemRequest;
import uk.ehcexchange.conformance.soapclient.EhcHubPortType;
import uk.ehcexchange.conformance.soapclient.FetchInboxItemRequest;
import uk.ehcexchange.conformance.soapclient.FetchInboxItemResponse;
import uk.ehcexchange.conformance.soapclient.InboxEntryType;
import uk.ehcexchange.conformance.soapclient.InboxKind;
import uk.ehcexchange.conformance.soapclient.ListInboxRequest;
import uk.ehcexchange.conformance.soapclient.NotifyMoveRequest;
import uk.ehcexchange.conformance.soapclient.SubmitPlanResponse;
import uk.ehcexchange.conformance.soapclient.TransferType;

/**
 * Issue 5's done-when: Bromley (305) submits a plan over SOAP and transfers it to Bexley (303), whose directory
 * entry asks for council XML over SOAP; Bexley's system receives it in council XML over SOAP, every canonical field
 * intact. Both council systems use the JAX-WS client generated from the published WSDL.
 */
class SoapTransferTest {

    private final RunningHub hub = RunningHub.get();
    private final SoapClients soap = new SoapClients(hub);

    @Test
    void bromleySubmitsOverSoapAndBexleyReceivesTheTransferInCouncilXml() throws Exception {
        String planId = Plans.freshId();
        ObjectNode plan = SoapFixtures.plan(planId, "305");
        EhcHubPortType bromley = soap.port("305");

        SubmitPlanResponse submitted = SoapFixtures.submit(bromley, plan, "lbb-submit-" + planId);
        assertThat(submitted.getVersion().intValue()).isEqualTo(1);
        assertThat(submitted.isCreated()).isTrue();
        assertThat(submitted.getNotCarried()).isEmpty();

        NotifyMoveRequest move = new NotifyMoveRequest();
        move.setMessageId("lbb-move-" + planId);
        move.setPlanId(planId);
        move.setFromCouncil("305");
        move.setToCouncil("303");
        move.setMoveDate(date(today()));
        move.setAwareOn(date(today().minusDays(40)));
        TransferType transfer = bromley.notifyMove(move).getTransfer();
        assertThat(transfer.getStatus()).isEqualTo("REQUESTED");
        assertThat(transfer.getDeadline()).extracting(d -> d.getKind()).contains("TRANSFER_BY");
        String transferId = transfer.getTransferId();

        EhcHubPortType bexley = soap.port("303");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(list(bexley, InboxKind.TRANSFER))
                .extracting(InboxEntryType::getItemId).contains(transferId));

        FetchInboxItemResponse item = bexley.fetchInboxItem(fetch(transferId));
        assertThat(item.getEntry().getFrom()).isEqualTo("305");
        assertThat(item.getEntry().getStatus()).isEqualTo("DELIVERED");
        assertThat(SoapClients.canonical(item.getTransfer().getEhcPlan()))
                .as("Bexley's system gets the plan in council XML, every canonical field intact")
                .isEqualTo(SoapClients.canonical(plan));
        assertThat(item.getTransfer().getNotCarried()).isEmpty();
        assertThat(item.getTransfer().getDeadline()).extracting(d -> d.getKind())
                .containsExactlyInAnyOrder("FAMILY_NOTIFICATION_BY", "REVIEW_BY");

        AcknowledgeInboxItemRequest acknowledge = new AcknowledgeInboxItemRequest();
        acknowledge.setCouncil("303");
        acknowledge.setKind(InboxKind.TRANSFER);
        acknowledge.setItemId(transferId);
        assertThat(bexley.acknowledgeInboxItem(acknowledge).getEntry().getStatus()).isEqualTo("ACKNOWLEDGED");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(Plans.parse(
                hub.as("305").get("/api/v1/transfers/" + transferId).body()).get("status").asText())
                .isEqualTo("ACKNOWLEDGED"));
    }

    @Test
    void overRestBexleyGetsCouncilXmlByPreferenceAndJsonWhenItAsks() throws Exception {
        String planId = Plans.freshId();
        ObjectNode plan = SoapFixtures.plan(planId, "305");
        assertThat(hub.as("305").put("/api/v1/plans/" + planId, plan.toString(), "rest-" + planId).statusCode())
                .isEqualTo(201);
        String transferId = Plans.parse(hub.as("305").post("/api/v1/transfers", """
                {"planId": "%s", "fromCouncil": "305", "toCouncil": "303", "moveDate": "%s", "awareOn": "%s"}"""
                .formatted(planId, today(), today().minusDays(40)), "move-" + planId).body()).get("transferId").asText();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                hub.as("303").get("/api/v1/councils/303/inbox").body()).contains(transferId));

        HttpResponse<String> preferred = hub.as("303").get("/api/v1/councils/303/inbox/" + transferId);
        HttpResponse<String> json = hub.as("303").get("/api/v1/councils/303/inbox/" + transferId, "application/json");

        assertThat(preferred.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
        assertThat(preferred.body()).contains("<FetchInboxItemResponse").contains("urn:ehc-exchange:council-xml:v1")
                .contains("<PlanId>" + planId + "</PlanId>");
        assertThat(Plans.parse(json.body()).get("plan")).as("an explicit Accept wins").isEqualTo(plan);
    }

    static java.util.List<InboxEntryType> list(EhcHubPortType port, InboxKind kind) throws Exception {
        ListInboxRequest request = new ListInboxRequest();
        request.setCouncil("303");
        request.setKind(kind);
        return port.listInbox(request).getItem();
    }

    private static FetchInboxItemRequest fetch(String transferId) {
        FetchInboxItemRequest request = new FetchInboxItemRequest();
        request.setCouncil("303");
        request.setKind(InboxKind.TRANSFER);
        request.setItemId(transferId);
        return request;
    }
}
