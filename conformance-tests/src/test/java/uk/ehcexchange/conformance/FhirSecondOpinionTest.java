package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.ehcexchange.conformance.RunningHub.TRUST;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.junit.jupiter.api.Test;
import uk.ehcexchange.hub.door.fhir.HapiSecondOpinion;
import uk.ehcexchange.security.audit.AuditEvent;
import uk.ehcexchange.security.audit.AuditTrail;

/**
 * Advice accepted on the fast check is validated again by HAPI's instance validator in the background; a Bundle
 * HAPI would have refused is flagged in the audit trail by the FHIRPath of each error.
 */
class FhirSecondOpinionTest {

    private final RunningHub hub = RunningHub.get();
    private final TrustSystem trust = new TrustSystem(hub, TRUST);

    @Test
    void acceptedAdviceIsReviewedByHapisValidatorWithoutAFlag() {
        String requestId = FhirAdviceTest.ask(hub, TRUST, null).get("requestId").asText();
        Bundle document = AdviceBundles.document(AdviceBundles.advice(requestId));
        double reviewedBefore = reviewed();

        var posted = trust.send("POST", "/Bundle", "application/fhir+json",
                AdviceBundles.json(document).getBytes(StandardCharsets.UTF_8));

        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(60)).until(() -> reviewed() > reviewedBefore);
        assertThat(flagsFor(document.getIdentifier().getValue())).isEmpty();
    }

    @Test
    void aBundleHapiWouldRefuseIsFlaggedByWhereItIsWrong() {
        Bundle broken = AdviceBundles.document(AdviceBundles.advice("unsent-request"));
        ((Composition) broken.getEntryFirstRep().getResource()).setTitle(null);

        hub.bean(HapiSecondOpinion.class).review(TRUST, "second-opinion-probe", broken);

        AuditEvent flag = await().atMost(Duration.ofSeconds(60))
                .until(() -> flagsFor("second-opinion-probe").stream().findFirst().orElse(null), e -> e != null);
        assertThat(flag.outcome()).isEqualTo(AuditEvent.Outcome.ACCEPTED);
        assertThat(flag.actor()).isEqualTo(TRUST);
        assertThat(flag.reason()).startsWith("hapi-validator-disagrees at ").contains("Bundle.entry[0].resource");
    }

    private double reviewed() {
        var counter = hub.bean(MeterRegistry.class).find("ehc.fhir.second-opinion.reviewed").counter();
        return counter == null ? 0 : counter.count();
    }

    private List<AuditEvent> flagsFor(String messageId) {
        return hub.bean(AuditTrail.class).recent(500).stream()
                .filter(e -> HapiSecondOpinion.ACTION.equals(e.action()) && messageId.equals(e.subjectId()))
                .toList();
    }
}
