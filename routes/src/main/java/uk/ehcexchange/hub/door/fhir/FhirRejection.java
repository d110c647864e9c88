package uk.ehcexchange.hub.door.fhir;

import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * A request the FHIR front door refuses for a FHIR-specific reason (a profile, a header, the XML itself), with the
 * issues of its OperationOutcome. Rejections of the hub's own rules arrive as RejectedException instead; both are
 * rendered by {@link FhirExceptionTranslator}.
 */
public class FhirRejection extends RuntimeException {

    /** One issue of the OperationOutcome; {@code expression} is a FHIRPath (or a header name for HTTP-level faults). */
    public record Issue(IssueSeverity severity, IssueType code, String expression, String diagnostics) {
        public static Issue error(IssueType code, String expression, String diagnostics) {
            return new Issue(IssueSeverity.ERROR, code, expression, diagnostics);
        }
    }

    private final int status;
    private final String rule;
    private final List<Issue> issues;

    public FhirRejection(int status, String rule, List<Issue> issues) {
        super(issues.isEmpty() ? rule : issues.get(0).diagnostics());
        this.status = status;
        this.rule = rule;
        this.issues = List.copyOf(issues);
    }

    public static FhirRejection of(int status, String rule, IssueType code, String expression, String diagnostics) {
        return new FhirRejection(status, rule, List.of(Issue.error(code, expression, diagnostics)));
    }

    public int status() {
        return status;
    }

    /** A stable identifier for the audit trail and metrics, like the API's problem codes. */
    public String rule() {
        return rule;
    }

    public List<Issue> issues() {
        return issues;
    }
}
