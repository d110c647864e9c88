package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ehcexchange.conformance.SoapFixtures.assertFault;
import static uk.ehcexchange.conformance.SoapFixtures.fault;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import uk.ehcexchange.conformance.soapclient.EhcHubPortType;
import uk.ehcexchange.conformance.soapclient.HubFault;
import uk.ehcexchange.conformance.soapclient.ListInboxRequest;
import uk.ehcexchange.conformance.soapclient.SubmitPlanResponse;
import uk.ehcexchange.security.audit.AuditEvent;
import uk.ehcexchange.security.audit.AuditTrail;

/**
 * Everything the SOAP service refuses is a SOAP Fault with a hub:HubFault detail (code, offending element by
 * XPath, rule), and every refusal is audited. Most envelopes here are written by hand and posted over plain HTTP, as
 * a council system without a SOAP toolkit (or an attacker) would.
 */
class SoapRejectionTest {

    private static final String LIST_303 = "<hub:ListInboxRequest><hub:Council>303</hub:Council></hub:ListInboxRequest>";

    private final RunningHub hub = RunningHub.get();
    private final SoapClients soap = new SoapClients(hub);

    @Test
    void aHandWrittenEnvelopeIsAnswered() {
        HttpResponse<String> answer = soap.post(soap.envelope("303", LIST_303));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("ListInboxResponse");
    }

    @Test
    void malformedXmlIsAFault() {
        HttpResponse<String> answer = soap.post(soap.envelope("303", LIST_303.replace("</hub:ListInboxRequest>",
                "</hub:ListInbox>")));

        assertSoapFault(answer, "soap:Client", "malformed-xml", "/", "well-formed-xml");
        assertAudited("303", "malformed-xml");
    }

    @Test
    void aSchemaViolationNamesTheElementByXPath() {
        String planId = Plans.freshId();
        String plan = SoapClients.councilXmlElement(SoapFixtures.plan(planId, "305"))
                .replace("<Upn>U919236820041</Upn>", "<Upn>U91923682004</Upn>");

        HttpResponse<String> answer = soap.post(soap.envelope("305",
                "<hub:SubmitPlanRequest><hub:MessageId>bad-upn-" + planId + "</hub:MessageId>" + plan
                        + "</hub:SubmitPlanRequest>"));

        assertSoapFault(answer, "soap:Client", "schema-violation",
                "/Envelope/Body/SubmitPlanRequest/EhcPlan/Child/Upn", "cvc-pattern-valid");
        assertThat(answer.body()).doesNotContain("U91923682004");
        assertAudited("305", "schema-violation /Envelope/Body/SubmitPlanRequest/EhcPlan/Child/Upn");
        assertThat(hub.as("305").get("/api/v1/plans/" + planId).statusCode()).as("nothing stored").isEqualTo(404);
    }

    @Test
    void aBrokenRuleOfTheCanonicalModelNamesTheElementByXPath() throws Exception {
        ObjectNode plan = SoapFixtures.plan(Plans.freshId(), "305");
        ((ObjectNode) plan.get("child")).put("nhsNumber", "9993110468");

        HubFault fault = fault(() -> SoapFixtures.submit(soap.port("305"), plan, "bad-nhs-" + plan.get("planId").asText()));

        assertFault(fault, "validation-failed", "/Envelope/Body/SubmitPlanRequest/EhcPlan/Child/NhsNumber",
                "nhs-number-modulus-11");
    }

    @Test
    void anExternalEntityIsRefusedAndNothingLeaks() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + soap.envelope("303", "<hub:ListInboxRequest><hub:Council>&xxe;</hub:Council></hub:ListInboxRequest>");

        HttpResponse<String> answer = soap.post(xxe);

        assertSoapFault(answer, "soap:Client", "dtd-not-allowed", "/", "no-dtd");
        assertThat(answer.body()).doesNotContain("root:");
        assertAudited("anonymous", "dtd-not-allowed");
    }

    @Test
    void entityExpansionIsRefused() {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]>\n").append(soap.envelope("303",
                "<hub:ListInboxRequest><hub:Council>&lol9;</hub:Council></hub:ListInboxRequest>"));

        assertSoapFault(soap.post(laughs.toString()), "soap:Client", "dtd-not-allowed", "/", "no-dtd");
    }

    @Test
    void aMessageOverTheSizeLimitIsAFault() {
        String padding = "<!-- " + "x".repeat(3 * 1024 * 1024) + " -->";

        HttpResponse<String> answer = soap.post(soap.envelope("303", LIST_303 + padding));

        assertSoapFault(answer, "soap:Client", "payload-too-large", "/Envelope", "max-size");
    }

    @Test
    void aBodyThatIsNoRequestOfTheServiceIsAFault() {
        HttpResponse<String> answer = soap.post(soap.envelope("303",
                "<hub:DeletePlanRequest><hub:PlanId>X</hub:PlanId></hub:DeletePlanRequest>"));

        assertSoapFault(answer, "soap:Client", "schema-violation", "/Envelope/Body/DeletePlanRequest", "cvc-elt.1.a");
    }

    @Test
    void aWrongKeyIsRefused() {
        HttpResponse<String> answer = soap.post(SoapClients.envelope(hub.clientId("303"), "not-the-key", LIST_303));

        assertSoapFault(answer, "soap:Client", "unauthenticated", "/Envelope/Header/Security", "valid-username-token");
        assertAudited("anonymous", "unauthenticated");
    }

    @Test
    void aCouncilCannotReadAnotherCouncilsInbox() {
        ListInboxRequest request = new ListInboxRequest();
        request.setCouncil("303");

        HubFault fault = fault(() -> soap.port("821").listInbox(request));

        assertFault(fault, "not-your-authority", "/Envelope/Body/ListInboxRequest/Council", "own-inbox-only");
        assertAudited("821", "not-your-authority /Envelope/Body/ListInboxRequest/Council");
    }

    @Test
    void aResentSubmissionGetsTheFirstAnswerAndAReusedMessageIdForAnotherPlanIsRefused() throws Exception {
        String planId = Plans.freshId();
        ObjectNode plan = SoapFixtures.plan(planId, "305");
        EhcHubPortType bromley = soap.port("305");

        SubmitPlanResponse first = SoapFixtures.submit(bromley, plan, "dup-" + planId);
        SubmitPlanResponse resent = SoapFixtures.submit(bromley, plan, "dup-" + planId);
        ObjectNode changed = plan.deepCopy();
        ((ObjectNode) changed.get("child")).put("postcode", "BR1 1AA");
        HubFault reused = fault(() -> SoapFixtures.submit(bromley, changed, "dup-" + planId));

        assertThat(resent.getVersion()).isEqualTo(first.getVersion()).isEqualTo(java.math.BigInteger.ONE);
        assertThat(resent.isCreated()).as("the first answer, replayed").isTrue();
        assertThat(Plans.parse(hub.as("305").get("/api/v1/plans/" + planId).body())).isEqualTo(plan);
        assertFault(reused, "idempotency-key-reused", "/Envelope/Body/SubmitPlanRequest/MessageId",
                "idempotency-key-reused");
    }

    @Test
    void theFaultTableMirrorsTheRestTable() {
        for (uk.ehcexchange.hub.core.Rejection rejection : uk.ehcexchange.hub.core.Rejection.values()) {
            assertThat(uk.ehcexchange.hub.door.soap.SoapFaultCode.of(rejection).code()).isEqualTo(rejection.code());
        }
    }

    @Test
    void aPlanIdAnotherCouncilsPlanHasIsTakenWithoutSayingWhose() {
        String planId = Plans.freshId();
        assertThat(hub.as("919").put("/api/v1/plans/" + planId, Plans.golden(planId).toString(), "own-" + planId)
                .statusCode()).isEqualTo(201);

        HttpResponse<String> answer = soap.post(soap.envelope("303", "<hub:SubmitPlanRequest><hub:MessageId>taken-"
                + planId + "</hub:MessageId>" + SoapClients.councilXmlElement(SoapFixtures.plan(planId, "303"))
                + "</hub:SubmitPlanRequest>"));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(500);
        assertThat(answer.body()).contains("<Code>conflict</Code>").contains("<Rule>plan-id-taken</Rule>");
        assertThat(answer.body().replace(planId, "{id}")).as("names no owner").doesNotContain("919");
        assertThat(Plans.parse(hub.as("919").get("/api/v1/plans/" + planId).body()).get("owningCouncil").asText())
                .isEqualTo("919");
    }

    @Test
    void anotherCouncilsInboxItemIsFetchedAsOneThatDoesNotExist() {
        String requestId = FhirAdviceTest.ask(hub, RunningHub.TRUST, null).get("requestId").asText();
        HttpResponse<String> answered = hub.as(RunningHub.TRUST).post("/api/v1/advice-requests/" + requestId
                + "/health-advice", AdviceRequestTest.healthAdvice(requestId).toString(), "soap-" + requestId);
        String responseId = Plans.parse(answered.body()).get("responseId").asText();
        String unknown = java.util.UUID.randomUUID().toString();
        String fetch = "<hub:FetchInboxItemRequest><hub:Council>303</hub:Council><hub:Kind>ADVICE</hub:Kind>"
                + "<hub:ItemId>%s</hub:ItemId></hub:FetchInboxItemRequest>";

        HttpResponse<String> hidden = soap.post(soap.envelope("303", fetch.formatted(responseId)));

        assertSoapFault(hidden, "soap:Client", "not-found", "/Envelope/Body/FetchInboxItemRequest/ResponseId",
                "known-advice");
        Answers.assertAnsweredAlike(hidden, responseId, soap.post(soap.envelope("303", fetch.formatted(unknown))),
                unknown);
    }

    private static void assertSoapFault(HttpResponse<String> answer, String faultCode, String code, String element,
                                        String rule) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(500);
        assertThat(answer.body()).contains("<faultcode>" + faultCode + "</faultcode>")
                .contains("<Code>" + code + "</Code>")
                .contains("<Element>" + element + "</Element>")
                .contains("<Rule>" + rule + "</Rule>");
    }

    private void assertAudited(String actor, String reason) {
        assertThat(hub.bean(AuditTrail.class).recent(50)).anySatisfy(event -> {
            assertThat(event.outcome()).isEqualTo(AuditEvent.Outcome.REJECTED);
            assertThat(event.actor()).isEqualTo(actor);
            assertThat(event.action()).startsWith("soap ");
            assertThat(event.reason()).startsWith(reason);
        });
    }
}
