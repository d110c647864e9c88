package uk.ehcexchange.hub.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.model.validation.Violation;

/**
 * How one front door answers a refusal made in front of its handlers (by the firewall or the door's security
 * rules): a problem document, an OperationOutcome or a SOAP Fault, audited like every other refusal.
 */
public interface RefusalWriter {

    void refuse(HttpServletRequest request, HttpServletResponse response, Rejection rejection, Violation violation)
            throws IOException;
}
