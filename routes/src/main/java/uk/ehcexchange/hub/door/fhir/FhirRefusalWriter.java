package uk.ehcexchange.hub.door.fhir;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.audit.AuditRecorder;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.hub.door.RefusalWriter;
import uk.ehcexchange.hub.door.RequestAudit;
import uk.ehcexchange.hub.fhir.FhirEnabled;
import uk.ehcexchange.model.validation.Violation;

/**
 * /fhir's refusals in front of HAPI's server (no or a bad access token, a path the firewall refuses): the same
 * OperationOutcome {@link FhirExceptionTranslator} writes for refusals inside it, in FHIR JSON.
 */
@FhirEnabled
@Component
@Order(0)
public class FhirRefusalWriter implements RefusalWriter {

    private static final String FHIR_JSON = "application/fhir+json;charset=UTF-8";

    private final FhirContext context;
    private final AuditRecorder audit;

    public FhirRefusalWriter(FhirContext context, AuditRecorder audit) {
        this.context = context;
        this.audit = audit;
    }

    @Override
    public boolean answersFor(String rawPath) {
        return rawPath.startsWith("/fhir");
    }

    @Override
    public void refuse(HttpServletRequest request, HttpServletResponse response, Rejection rejection,
                       Violation violation) throws IOException {
        // FHIRPath names resource elements; an HTTP-level fault names the header or the request line instead.
        Violation http = violation.field().equals("path")
                ? new Violation("Request-URI", violation.rule(), violation.message()) : violation;
        FhirExceptionTranslator.Translated translated = FhirExceptionTranslator.ofRequest(rejection, http);
        RequestAudit.rejected(audit, request, null, translated.rule() + " " + http.field());
        if (rejection == Rejection.UNAUTHENTICATED) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"ehc-exchange-fhir\"");
        }
        write(response, translated);
    }

    /**
     * A refusal by one of the FHIR door's own checks in front of the providers ({@link FhirRequestGuard}). Answering
     * it here rather than throwing from the hook keeps it out of HAPI's interceptor service, which logs every
     * exception a hook throws at ERROR: an operator's ERROR log is for the hub's own faults.
     */
    void refuse(HttpServletRequest request, HttpServletResponse response, FhirRejection rejection) throws IOException {
        RequestAudit.rejected(audit, request, null, rejection.rule() + " " + rejection.issues().get(0).expression());
        write(response, new FhirExceptionTranslator.Translated(rejection.status(), rejection.rule(), null,
                rejection.issues()));
    }

    private void write(HttpServletResponse response, FhirExceptionTranslator.Translated translated) throws IOException {
        response.setStatus(translated.status());
        response.setContentType(FHIR_JSON);
        response.getWriter().write(context.newJsonParser()
                .encodeResourceToString(FhirExceptionTranslator.outcome(translated.issues())));
    }
}
