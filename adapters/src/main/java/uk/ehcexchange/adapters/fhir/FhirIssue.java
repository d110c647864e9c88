package uk.ehcexchange.adapters.fhir;

import java.util.List;
import java.util.Objects;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.StringType;

/**
 * One problem found in a FHIR resource, shaped like an {@code OperationOutcome.issue} so the hub can answer with
 * one without translating. Diagnostics name the element and the rule, never the rejected value (it may be
 * personal data).
 *
 * @param severity    FHIR issue severity; only {@code error} and {@code fatal} make a resource unacceptable
 * @param code        FHIR IssueType code, e.g. {@code required}, {@code value}, {@code structure}, {@code not-found}
 * @param expression  FHIRPath of the offending element, e.g. {@code Bundle.entry[0].resource.subject}
 * @param diagnostics a human-readable explanation
 */
public record FhirIssue(IssueSeverity severity, IssueType code, String expression, String diagnostics) {

    public FhirIssue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(diagnostics, "diagnostics");
    }

    public static FhirIssue error(IssueType code, String expression, String diagnostics) {
        return new FhirIssue(IssueSeverity.ERROR, code, expression, diagnostics);
    }

    public boolean isError() {
        return severity == IssueSeverity.ERROR || severity == IssueSeverity.FATAL;
    }

    public static boolean anyError(List<FhirIssue> issues) {
        return issues.stream().anyMatch(FhirIssue::isError);
    }

    /** The issues as an OperationOutcome, in the order given. */
    public static OperationOutcome toOperationOutcome(List<FhirIssue> issues) {
        OperationOutcome outcome = new OperationOutcome();
        for (FhirIssue issue : issues) {
            OperationOutcome.OperationOutcomeIssueComponent component = outcome.addIssue()
                    .setSeverity(issue.severity())
                    .setCode(issue.code())
                    .setDiagnostics(issue.diagnostics());
            if (issue.expression() != null) {
                component.getExpression().add(new StringType(issue.expression()));
            }
        }
        return outcome;
    }
}
