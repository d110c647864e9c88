package uk.ehcexchange.hub.door.fhir;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.ehcexchange.hub.door.QuotaFilter;
import uk.ehcexchange.hub.fhir.FhirEnabled;
import uk.ehcexchange.hub.fhir.FhirWarmUp;

/**
 * /fhir before its validator is warm ({@link FhirWarmUp}): 503 with Retry-After and an OperationOutcome (code
 * {@code fhir-warming-up}, issue type {@code transient}), so a trust's system tries again rather than treating it as
 * a fault; audited, and so logged at INFO, like every refusal. Ordered after Spring Security's chain, so an unauthenticated caller is still told 401 and the audit trail
 * names the caller; before the quota filter, so a request the hub could not serve does not count. /oauth2/token is
 * not held back: issuing a token needs none of FHIR's definitions, and a token outlives the warm-up; nor is the FHIR
 * package (/fhir/package.tgz), a file read at start-up.
 */
@FhirEnabled
@Component
@Order(QuotaFilter.ORDER - 1)
class FhirWarmingGate extends OncePerRequestFilter {

    static final String RULE = "fhir-warming-up";

    private final FhirWarmUp warmUp;
    private final FhirRefusalWriter outcomes;

    FhirWarmingGate(FhirWarmUp warmUp, FhirRefusalWriter outcomes) {
        this.warmUp = warmUp;
        this.outcomes = outcomes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return warmUp.isWarm() || path.equals(FhirPackageServlet.PATH)
                || !(path.equals(FhirServer.PATH) || path.startsWith(FhirServer.PATH + "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (warmUp.isWarm()) {   // warmed between shouldNotFilter and here
            chain.doFilter(request, response);
            return;
        }
        long retryAfter = warmUp.retryAfter().toSeconds();
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        outcomes.refuse(request, response, FhirRejection.of(503, RULE, IssueType.TRANSIENT, "Request-URI",
                warmUp.state() == FhirWarmUp.State.FAILED
                        ? "the FHIR service is unavailable on this node; try again later or another node"
                        : "the FHIR service is starting (loading its definitions); try again in "
                                + retryAfter + " seconds"));
    }
}
