package uk.ehcexchange.hub.advice;

import java.util.Objects;
import uk.ehcexchange.model.Child;

/**
 * Whether advice is about the child the council asked about. The strongest identifier both sides hold decides:
 * a different NHS number is a different child even when the names agree.
 */
final class ChildMatch {

    private ChildMatch() {
    }

    static boolean sameChild(Child requested, Child answered) {
        if (requested.nhsNumber() != null && answered.nhsNumber() != null) {
            return requested.nhsNumber().equals(answered.nhsNumber());
        }
        if (requested.upn() != null && answered.upn() != null) {
            return requested.upn().equals(answered.upn());
        }
        if (requested.localCaseReference() != null && answered.localCaseReference() != null) {
            return requested.localCaseReference().equals(answered.localCaseReference());
        }
        return requested.familyName() != null && requested.familyName().equalsIgnoreCase(answered.familyName())
                && Objects.equals(requested.dateOfBirth(), answered.dateOfBirth());
    }
}
