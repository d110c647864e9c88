package uk.ehcexchange.hub.formats;

import uk.ehcexchange.adapters.councilxml.CouncilXmlException;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.core.Rejection;

/** XML refused before mapping, as the rows of the hub's refusal table (REST problem type and SOAP fault code). */
public final class XmlRejections {

    private XmlRejections() {
    }

    public static RejectedException of(CouncilXmlException e) {
        Rejection rejection = switch (e.kind()) {
            case MALFORMED_XML -> Rejection.MALFORMED_XML;
            case DTD_NOT_ALLOWED -> Rejection.DTD_NOT_ALLOWED;
            case SCHEMA_VIOLATION -> Rejection.SCHEMA_VIOLATION;
        };
        return new RejectedException(rejection, e.getMessage(), null, e.violations());
    }
}
