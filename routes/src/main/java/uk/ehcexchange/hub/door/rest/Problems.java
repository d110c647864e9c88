package uk.ehcexchange.hub.door.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.audit.AuditRecorder;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.hub.door.RequestAudit;
import uk.ehcexchange.model.validation.Violation;

/**
 * Builds RFC 9457 problem documents and audits the rejection they report, so that no refusal goes unrecorded
 * whether it comes from a controller or from a servlet filter in front of them.
 */
@Component
public class Problems {

    private final AuditRecorder audit;
    private final ObjectMapper json;

    public Problems(AuditRecorder audit, ObjectMapper json) {
        this.audit = audit;
        this.json = json;
    }

    public ResponseEntity<ProblemDetail> reject(HttpServletRequest request, Rejection rejection, String detail,
                                                String subjectId, List<Violation> violations) {
        RequestAudit.rejected(audit, request, subjectId, rejection.code() + firstField(violations));
        return ResponseEntity.status(ProblemStatuses.of(rejection))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(request, rejection, detail, violations));
    }

    /** For filters, which answer before Spring MVC's message converters are involved. */
    public void write(HttpServletRequest request, HttpServletResponse response, Rejection rejection, String detail,
                      List<Violation> violations) throws IOException {
        RequestAudit.rejected(audit, request, null, rejection.code() + firstField(violations));
        response.setStatus(ProblemStatuses.of(rejection).value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem(request, rejection, detail, violations));
    }

    private static ProblemDetail problem(HttpServletRequest request, Rejection rejection, String detail,
                                         List<Violation> violations) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(ProblemStatuses.of(rejection), detail);
        problem.setType(URI.create("urn:ehc-exchange:problem:" + rejection.code()));
        problem.setTitle(rejection.title());
        problem.setInstance(URI.create(request.getRequestURI()));
        if (!violations.isEmpty()) {
            problem.setProperty("errors", violations.stream()
                    .map(v -> Map.of("field", v.field(), "rule", v.rule(), "message", v.message()))
                    .toList());
        }
        return problem;
    }

    private static String firstField(List<Violation> violations) {
        return violations.isEmpty() ? "" : " " + violations.get(0).field() + " " + violations.get(0).rule();
    }
}
