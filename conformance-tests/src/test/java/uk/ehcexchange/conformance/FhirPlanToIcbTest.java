package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import uk.ehcexchange.adapters.fhir.EhcFhir;
import uk.ehcexchange.adapters.fhir.FhirIssue;
import uk.ehcexchange.adapters.fhir.FhirPlanMapper;
import uk.ehcexchange.adapters.fhir.FhirProfileValidator;
import uk.ehcexchange.adapters.fhir.PlanBundleContext;
import uk.ehcexchange.hub.directory.AuthorityDirectory;
import uk.ehcexchange.hub.delivery.Delivery;
import uk.ehcexchange.hub.delivery.DeliveryKind;
import uk.ehcexchange.hub.delivery.DeliveryOperations;
import uk.ehcexchange.hub.delivery.DeliveryStatus;
import uk.ehcexchange.hub.delivery.Outbox;
import uk.ehcexchange.model.CanonicalJson;
import uk.ehcexchange.model.EhcPlan;

/**
 * The done-when of issue 4, ICB side: when Hertfordshire submits a final plan, its ICB (NHS Hertfordshire and West
 * Essex, whose area includes 919) receives it on its own FHIR server as a document Bundle that validates against
 * our profiles and UK Core, and reads back to the very plan. A draft goes nowhere; an ICB that is down gets it
 * when it is back.
 */
class FhirPlanToIcbTest {

    private final RunningHub hub = RunningHub.get();

    @Test
    void theIcbReceivesTheFinalPlanAsADocumentThatValidatesAgainstOurProfilesAndUkCore() throws Exception {
        String planId = Plans.freshId();
        assertThat(hub.as("919").put("/api/v1/plans/" + planId, Plans.golden(planId).toString(), "final-" + planId)
                .statusCode()).isEqualTo(201);

        Bundle document = await().atMost(Duration.ofSeconds(60)).until(() -> receivedFor(planId), b -> b != null);

        assertThat(document.getType()).isEqualTo(Bundle.BundleType.DOCUMENT);
        Composition composition = (Composition) document.getEntryFirstRep().getResource();
        assertThat(composition.getMeta().getProfile()).anySatisfy(p -> assertThat(p.getValue())
                .isEqualTo(EhcFhir.PROFILE_EHC_PLAN_COMPOSITION));
        assertThat(composition.getSection()).hasSizeGreaterThanOrEqualTo(11);
        EhcPlan sent = CanonicalJson.mapper().treeToValue(Plans.golden(planId), EhcPlan.class);
        assertThat(new FhirPlanMapper(TrustSystem.FHIR).fromDocumentBundle(document)).isEqualTo(sent);
        assertThat(errors(new FhirProfileValidator(TrustSystem.FHIR).validate(document))).isEmpty();
        assertSentAsHapiWouldWriteIt(planId);

        Path ukCore = Path.of(System.getProperty("ehc.shared.dir", "../../shared"), "fhir", "uk-core-2.0.0");
        Assumptions.assumeTrue(Files.isDirectory(ukCore), "UK Core definitions not found at " + ukCore
                + "; the UK Core part of this test is skipped");
        assertThat(errors(new FhirProfileValidator(TrustSystem.FHIR, ukCore).validate(document))).isEmpty();
    }

    @Test
    void aFinalPlanTransferredIntoTheIcbsAreaReachesThatIcb() throws Exception {
        String planId = Plans.freshId();
        var fromLuton = Plans.golden(planId).put("owningCouncil", "821");
        // A plan naming no ICB for the child: the ICB configured for the council's area is the one it goes to.
        ((com.fasterxml.jackson.databind.node.ObjectNode) fromLuton.get("child")).remove("responsibleCommissioningBody");
        assertThat(hub.as("821").put("/api/v1/plans/" + planId, fromLuton.toString(), "luton-" + planId)
                .statusCode()).isEqualTo(201);
        assertThat(icbDeliveries(planId)).as("Luton's ICB has no FHIR server here").isEmpty();

        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        var started = hub.as("821").post("/api/v1/transfers", """
                {"planId": "%s", "fromCouncil": "821", "toCouncil": "919", "moveDate": "%s", "awareOn": "%s"}"""
                .formatted(planId, today, today.minusDays(40)), "to-herts-" + planId);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);

        Bundle document = await().atMost(Duration.ofSeconds(60)).until(() -> receivedFor(planId), b -> b != null);
        EhcPlan sent = CanonicalJson.mapper().treeToValue(fromLuton, EhcPlan.class);
        assertThat(new FhirPlanMapper(TrustSystem.FHIR).fromDocumentBundle(document)).isEqualTo(sent);
        assertThat(icbDeliveries(planId)).singleElement()
                .satisfies(d -> assertThat(d.destination()).isEqualTo("icb:" + RunningHub.ICB));
    }

    @Test
    void aDraftPlanIsNotSent() {
        String planId = Plans.freshId();
        var draft = Plans.golden(planId).put("status", "DRAFT");
        assertThat(hub.as("919").put("/api/v1/plans/" + planId, draft.toString(), "draft-" + planId).statusCode())
                .isEqualTo(201);

        assertThat(icbDeliveries(planId)).isEmpty();
    }

    @Test
    void anIcbServerThatIsDownGetsThePlanWhenItIsBack() {
        String planId = Plans.freshId();
        hub.icb().failNext(planId, 2);
        assertThat(hub.as("919").put("/api/v1/plans/" + planId, Plans.golden(planId).toString(), "retry-" + planId)
                .statusCode()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(60)).until(() -> receivedFor(planId) != null);
        Delivery delivery = await().atMost(Duration.ofSeconds(10))
                .until(() -> icbDeliveries(planId).get(0), d -> d.status() == DeliveryStatus.DELIVERED);
        assertThat(delivery.attempts()).as("two failures, retried with back-off, then success").isEqualTo(3);
    }

    @Test
    void aPlanTheIcbRefusesIsNotRetriedButListedForAnOperatorWithTheReason() {
        String planId = Plans.freshId();
        hub.icb().refuse(planId);
        assertThat(hub.as("919").put("/api/v1/plans/" + planId, Plans.golden(planId).toString(), "refused-" + planId)
                .statusCode()).isEqualTo(201);

        Delivery delivery = await().atMost(Duration.ofSeconds(60))
                .until(() -> icbDeliveries(planId).get(0), d -> d.status() == DeliveryStatus.FAILED);
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(delivery.lastError()).contains("HTTP 422");
        assertThat(hub.bean(DeliveryOperations.class).list(DeliveryStatus.FAILED, 1000))
                .extracting(Delivery::deliveryId).contains(delivery.deliveryId());
    }

    /**
     * The request body is FHIR JSON, and its text is what HAPI's encoder writes for the document the hub mapped for
     * this delivery (same identifier and timestamp): what was validated is what the ICB receives.
     */
    private void assertSentAsHapiWouldWriteIt(String planId) throws Exception {
        Delivery delivery = icbDeliveries(planId).get(0);
        IcbFhirServer.Request request = hub.icb().requests().stream()
                .filter(r -> r.body().contains("\"value\":\"" + delivery.deliveryId() + "\"")).findFirst()
                .orElseThrow();
        EhcPlan plan = CanonicalJson.mapper().readValue(delivery.payload(), EhcPlan.class);
        String council = hub.bean(AuthorityDirectory.class).find(plan.owningCouncil()).orElseThrow().name();
        Bundle expected = new FhirPlanMapper(TrustSystem.FHIR).toDocumentBundle(plan,
                new PlanBundleContext(delivery.deliveryId(), delivery.createdAt(), council));

        assertThat(request.contentType()).as("sent as FHIR JSON").startsWith("application/fhir+json");
        assertThat(request.body()).isEqualTo(TrustSystem.FHIR.newJsonParser().encodeResourceToString(expected));
    }

    private Bundle receivedFor(String planId) {
        return hub.icb().received().stream().filter(b -> b.getEntryFirstRep().getResource() instanceof Composition c
                && c.getIdentifier().getValue() != null && c.getIdentifier().getValue().equals(planId))
                .findFirst().orElse(null);
    }

    private static List<FhirIssue> errors(List<FhirIssue> issues) {
        return issues.stream().filter(FhirIssue::isError).toList();
    }

    private List<Delivery> icbDeliveries(String planId) {
        return hub.bean(Outbox.class).forReference(planId).stream()
                .filter(d -> d.kind() == DeliveryKind.ICB_PLAN).toList();
    }
}
