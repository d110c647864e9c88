package uk.ehcexchange.adapters.fhir;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A FHIR resource could not be mapped to (or from) the canonical model. Carries every issue found so the hub can
 * answer with one {@code OperationOutcome} (see {@link FhirIssue#toOperationOutcome}). The message lists the
 * issue codes and expressions only, never values, so it is safe to log.
 */
public class FhirMappingException extends RuntimeException {

    private final transient List<FhirIssue> issues;

    public FhirMappingException(List<FhirIssue> issues) {
        super(summary(issues));
        if (issues.isEmpty()) {
            throw new IllegalArgumentException("a mapping failure needs at least one issue");
        }
        this.issues = List.copyOf(issues);
    }

    public FhirMappingException(FhirIssue issue) {
        this(List.of(issue));
    }

    public List<FhirIssue> issues() {
        return issues;
    }

    private static String summary(List<FhirIssue> issues) {
        return issues.stream()
                .map(i -> i.code().toCode() + " at " + (i.expression() == null ? "(resource)" : i.expression()))
                .collect(Collectors.joining("; ", "FHIR mapping failed: ", ""));
    }
}
