package uk.ehcexchange.hub.core;

import java.util.List;
import uk.ehcexchange.model.validation.Violation;

/**
 * A request the hub refuses, with the rows of the {@link Rejection} table and the fields and rules at fault.
 * Messages name identifiers and rules only, never personal data.
 */
public class RejectedException extends RuntimeException {

    private final Rejection rejection;
    private final List<Violation> violations;
    private final String subjectId;

    public RejectedException(Rejection rejection, String detail, String subjectId, List<Violation> violations) {
        super(detail);
        this.rejection = rejection;
        this.violations = List.copyOf(violations);
        this.subjectId = subjectId;
    }

    public static RejectedException of(Rejection rejection, String field, String rule, String detail,
                                       String subjectId) {
        return new RejectedException(rejection, detail, subjectId, List.of(new Violation(field, rule, detail)));
    }

    /** Field-level rule failures, reported as 422 like any other broken rule of the document. */
    public static RejectedException invalid(List<Violation> violations, String subjectId) {
        return new RejectedException(Rejection.VALIDATION_FAILED, violations.size() + " rule(s) failed", subjectId,
                violations);
    }

    public Rejection rejection() {
        return rejection;
    }

    public List<Violation> violations() {
        return violations;
    }

    public String subjectId() {
        return subjectId;
    }
}
