package uk.ehcexchange.hub.door;

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

    /**
     * Whether this is the format for a request to this raw path, when nothing but the path is known (a request the
     * firewall refused, or one no door claims). Writers are asked in their {@code @Order}; the REST API's problem
     * document, asked last, answers for everything.
     */
    boolean answersFor(String rawPath);

    void refuse(HttpServletRequest request, HttpServletResponse response, Rejection rejection, Violation violation)
            throws IOException;
}
