package uk.ehcexchange.hub.door.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.hub.door.RefusalWriter;
import uk.ehcexchange.model.validation.Violation;

/** The REST API's refusals in front of its controllers: problem documents. */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemRefusalWriter implements RefusalWriter {

    private final Problems problems;

    public ProblemRefusalWriter(Problems problems) {
        this.problems = problems;
    }

    @Override
    public boolean answersFor(String rawPath) {
        return true; // the fallback: asked last
    }

    @Override
    public void refuse(HttpServletRequest request, HttpServletResponse response, Rejection rejection,
                       Violation violation) throws IOException {
        if (rejection == Rejection.UNAUTHENTICATED) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"ehc-exchange\"");
        }
        problems.write(request, response, rejection, violation.message(), List.of(violation));
    }
}
