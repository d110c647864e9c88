package uk.ehcexchange.hub.door.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import uk.ehcexchange.hub.audit.AuditRecorder;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.model.validation.Violation;
import uk.ehcexchange.security.audit.AuditEvent;
import uk.ehcexchange.security.audit.AuditTrail;

/** Refusals in front of HAPI's server are OperationOutcomes like those inside it, audited. */
class FhirRefusalWriterTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    private final List<AuditEvent> audited = new ArrayList<>();
    private final FhirRefusalWriter writer = new FhirRefusalWriter(FHIR, new AuditRecorder(new AuditTrail() {
        @Override
        public void record(AuditEvent event) {
            audited.add(event);
        }

        @Override
        public List<AuditEvent> recent(int limit) {
            return audited;
        }
    }, new SimpleMeterRegistry()));

    @Test
    void aQuotaUsedUpIsA429ThrottledOutcome() throws Exception {
        MockHttpServletResponse response = refuse(Rejection.QUOTA_EXCEEDED,
                new Violation("requests-per-minute", "within-quota", "the client has used its quota"));

        assertThat(response.getStatus()).isEqualTo(429);
        OperationOutcome outcome = outcome(response);
        assertThat(outcome.getIssueFirstRep().getCode().toCode()).isEqualTo("throttled");
        assertThat(outcome.getIssueFirstRep().getExpression().get(0).getValue()).isEqualTo("requests-per-minute");
        assertThat(audited).singleElement().satisfies(event ->
                assertThat(event.reason()).startsWith("quota-exceeded"));
    }

    @Test
    void aMissingTokenIsA401LoginOutcomeNamingTheHeader() throws Exception {
        MockHttpServletResponse response = refuse(Rejection.UNAUTHENTICATED,
                new Violation("Authorization", "valid-access-token", "present a valid access token"));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer");
        assertThat(outcome(response).getIssueFirstRep().getCode().toCode()).isEqualTo("login");
    }

    @Test
    void aPathTheFirewallRefusedNamesTheRequestLine() throws Exception {
        MockHttpServletResponse response = refuse(Rejection.REQUEST_REJECTED,
                new Violation("path", "normalised-path", "the path must be plain"));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(outcome(response).getIssueFirstRep().getExpression().get(0).getValue()).isEqualTo("Request-URI");
    }

    private MockHttpServletResponse refuse(Rejection rejection, Violation violation) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        writer.refuse(new MockHttpServletRequest("GET", "/fhir/Task"), response, rejection, violation);
        assertThat(response.getContentType()).startsWith("application/fhir+json");
        return response;
    }

    private static OperationOutcome outcome(MockHttpServletResponse response) throws Exception {
        return FHIR.newJsonParser().parseResource(OperationOutcome.class, response.getContentAsString());
    }
}
