package uk.ehcexchange.adapters.councilxml;

import java.util.List;
import uk.ehcexchange.model.validation.Violation;

/**
 * A council XML document the hub refuses before mapping it. Each violation's field is the XPath of the offending
 * element (local names, positions from 1) and its rule a stable identifier; messages never repeat values.
 */
public class CouncilXmlException extends RuntimeException {

    /** Why the document was refused; the hub maps each to a row of its fault / problem table. */
    public enum Kind {
        /** not well-formed XML, or not the document expected */
        MALFORMED_XML,
        /** a DOCTYPE: refused outright, so no external entity (XXE) or entity expansion (billion laughs) can happen */
        DTD_NOT_ALLOWED,
        /** well-formed but breaks the schema */
        SCHEMA_VIOLATION
    }

    private final Kind kind;
    private final List<Violation> violations;

    public CouncilXmlException(Kind kind, String message, List<Violation> violations) {
        super(message);
        this.kind = kind;
        this.violations = List.copyOf(violations);
    }

    public Kind kind() {
        return kind;
    }

    public List<Violation> violations() {
        return violations;
    }
}
