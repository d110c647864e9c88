package uk.ehcexchange.model.validation;

import java.util.Objects;

/**
 * One broken rule in a canonical document.
 *
 * @param field   JSON path of the offending value, using the JSON names, e.g. {@code sections.E.outcomes[2].id}
 * @param rule    short, stable kebab-case rule id that callers may branch on, e.g. {@code nhs-number-modulus-11}
 * @param message human-readable explanation; never contains the offending value, which may be personal data
 */
public record Violation(String field, String rule, String message) {
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }
}
