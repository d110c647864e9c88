package uk.ehcexchange.hub.door.fhir;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import uk.ehcexchange.hub.core.ClientIdentity;

/** The trust or ICB a /fhir request acts for, as the FHIR door's security chain authenticated it. */
final class FhirCaller {

    private FhirCaller() {
    }

    static ClientIdentity of(RequestDetails details) {
        Object caller = details instanceof ServletRequestDetails servlet
                ? servlet.getServletRequest().getAttribute(ClientIdentity.REQUEST_ATTRIBUTE) : null;
        if (!(caller instanceof ClientIdentity identity)) {
            // The FHIR chain refuses every unauthenticated call but the CapabilityStatement;
            // reaching here is a wiring fault.
            throw new IllegalStateException("no authenticated client on a /fhir request");
        }
        return identity;
    }
}
