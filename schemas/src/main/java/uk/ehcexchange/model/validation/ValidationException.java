package uk.ehcexchange.model.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a canonical document breaks one or more rules. The message lists only field paths and rule ids so
 * that it can be logged safely: the rejected values themselves may be personal data.
 */
public final class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public ValidationException(String documentKind, List<Violation> violations) {
        super(describe(documentKind, violations));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String describe(String documentKind, List<Violation> violations) {
        return documentKind + " failed validation with " + violations.size() + " violation(s): "
                + violations.stream()
                        .map(v -> v.field() + " [" + v.rule() + "]")
                        .collect(Collectors.joining(", "));
    }
}
