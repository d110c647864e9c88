package uk.ehcexchange.transfer;

import uk.ehcexchange.model.Child;

/**
 * The identifiers of the child in a manifest, and nothing else: no name, date of birth or address, which travel
 * only inside the plan. At least one must be present.
 */
public record ChildIdentifiers(String nhsNumber, String upn, String uln, String localCaseReference) {

    /** The identifiers of a child in a plan; names, date of birth and postcode are left behind. */
    public static ChildIdentifiers of(Child child) {
        return new ChildIdentifiers(child.nhsNumber(), child.upn(), child.uln(), child.localCaseReference());
    }

    /** Deliberately omits the identifiers so a stray log line cannot leak them. */
    @Override
    public String toString() {
        return "ChildIdentifiers[redacted]";
    }
}
