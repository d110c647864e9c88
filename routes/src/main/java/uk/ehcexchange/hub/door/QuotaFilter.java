package uk.ehcexchange.hub.door;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.core.DatabaseUnavailable;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.hub.quota.Quota;
import uk.ehcexchange.hub.quota.QuotaExceededException;
import uk.ehcexchange.hub.quota.QuotaProperties;
import uk.ehcexchange.hub.quota.QuotaUsage;
import uk.ehcexchange.model.validation.Violation;

/**
 * Holds every authenticated client of /api, /soap and /fhir to its quotas ({@code ehc.quotas.*}): requests a
 * minute, and bytes of request bodies a day, counted as the body streams in (a declared Content-Length that would
 * pass the allowance is refused before a byte is read). Unauthenticated requests are not counted: they are refused
 * anyway.
 *
 * <p>The caller is whoever authentication left in the request attribute {@link ClientIdentity#REQUEST_ATTRIBUTE}.
 * Ordered after every authentication filter (Spring Security's chain is at -100), this filter usually finds it and
 * refuses at once; where a front door authenticates inside its servlet (a SOAP UsernameToken, a FHIR access
 * token), the request is held to its quotas the moment the attribute is set, and the refusal surfaces as that front
 * door's own error. Either way it is 429 with Retry-After and code {@code quota-exceeded} (a SOAP Fault for SOAP),
 * written by the door's {@link RefusalWriter}.
 *
 * <p>Hand-written rather than a rate-limiting library's: the counts must live in the hub's database, shared by every
 * node (issue 13 runs several), and count body bytes as they stream; the in-memory token buckets of the usual
 * libraries would give each node its own allowance.
 */
@Component
@Order(QuotaFilter.ORDER)
public class QuotaFilter extends OncePerRequestFilter {

    /** After Spring Security's filter chain (-100) and the authentication filters before it. */
    public static final int ORDER = 0;
    /** Bytes read are added to the database's count in steps of this, and at the end of the body. */
    static final int COUNT_STEP = 1 << 20;

    private static final Logger log = LoggerFactory.getLogger(QuotaFilter.class);

    private final QuotaUsage usage;
    private final RefusalFormats refusals;
    private final MeterRegistry meters;
    private final Clock clock;
    private final long requestLimit;
    private final long byteLimit;

    public QuotaFilter(QuotaUsage usage, RefusalFormats refusals, MeterRegistry meters, Clock clock,
                       QuotaProperties settings) {
        this.usage = usage;
        this.refusals = refusals;
        this.meters = meters;
        this.clock = clock;
        this.requestLimit = settings.requestsPerMinute();
        this.byteLimit = settings.bytesPerDay().toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !Doors.forCallersDoor(request) || (requestLimit <= 0 && byteLimit <= 0);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        MeteredRequest metered = new MeteredRequest(request);
        if (request.getAttribute(ClientIdentity.REQUEST_ATTRIBUTE) instanceof ClientIdentity client) {
            try {
                metered.admit(client);
            } catch (QuotaExceededException refused) {
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()));
                refusals.formatFor(request).refuse(request, response, Rejection.QUOTA_EXCEEDED, refused.violation());
                return;
            } catch (RuntimeException failure) {
                if (!DatabaseUnavailable.causedBy(failure)) {
                    throw failure;
                }
                log.warn("Database unavailable while counting a request of {}: {}", client.clientId(),
                        failure.toString());
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
                refusals.formatFor(request).refuse(request, response, Rejection.DATABASE_UNAVAILABLE,
                        new Violation("request", "database-available", Rejection.DATABASE_UNAVAILABLE.title()));
                return;
            }
        }
        try {
            chain.doFilter(metered, response);
        } finally {
            metered.countRemainder();
        }
    }

    /** The request, counted against its client's quotas once the client is known. */
    private final class MeteredRequest extends HttpServletRequestWrapper {
        private ClientIdentity client;
        private long uncounted;
        private long read;
        /** What was left of the client's bytes for the day when it became known. */
        private long allowance = Long.MAX_VALUE;
        private ServletInputStream stream;

        MeteredRequest(HttpServletRequest request) {
            super(request);
        }

        /** Counts the request and checks the declared body against what is left of today's bytes. */
        void admit(ClientIdentity caller) throws QuotaExceededException {
            client = caller;
            Instant now = clock.instant();
            if (requestLimit > 0 && usage.add(client.clientId(), Quota.REQUESTS,
                    Quota.REQUESTS.windowStart(now, clock.getZone()), 1) > requestLimit) {
                throw refused(Quota.REQUESTS, requestLimit, now);
            }
            long declared = getContentLengthLong();
            if (byteLimit > 0 && (declared > 0 || getHeader("Transfer-Encoding") != null || uncounted > 0)) {
                allowance = byteLimit - usage.used(client.clientId(), Quota.BYTES,
                        Quota.BYTES.windowStart(now, clock.getZone()));
                if (declared > allowance) {
                    throw refused(Quota.BYTES, byteLimit, now);
                }
            }
            count(); // what a front door read before it knew the caller
        }

        /** A front door that authenticates inside its servlet names the caller here; its quotas apply from now. */
        @Override
        public void setAttribute(String name, Object value) {
            super.setAttribute(name, value);
            if (client == null && ClientIdentity.REQUEST_ATTRIBUTE.equals(name)
                    && value instanceof ClientIdentity caller) {
                try {
                    admit(caller);
                } catch (QuotaExceededException refused) {
                    throw new UncheckedIOException(refused);
                }
            }
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), this);
            }
            return stream;
        }

        void read(long bytes) throws QuotaExceededException {
            uncounted += bytes;
            read += bytes;
            // Past what was left when the request began, the database decides at once (other requests of the
            // client may have counted meanwhile); below it, counting in steps spares the database.
            if (uncounted >= COUNT_STEP || read > allowance) {
                count();
            }
        }

        void count() throws QuotaExceededException {
            if (client == null || byteLimit <= 0 || uncounted == 0) {
                return;
            }
            Instant now = clock.instant();
            long total = usage.add(client.clientId(), Quota.BYTES, Quota.BYTES.windowStart(now, clock.getZone()),
                    uncounted);
            uncounted = 0;
            if (total > byteLimit) {
                throw refused(Quota.BYTES, byteLimit, now);
            }
        }

        /** After the answer: bytes still uncounted go on today's total; the next request meets the limit. */
        void countRemainder() {
            try {
                count();
            } catch (QuotaExceededException fullNow) {
                // Counted; this request is answered already.
            }
        }

        private QuotaExceededException refused(Quota quota, long limit, Instant now) {
            QuotaExceededException refused = new QuotaExceededException(quota, limit,
                    quota.secondsLeft(now, clock.getZone()));
            meters.counter("ehc.quota.refused", "quota", quota.setting()).increment();
            log.warn("Client {} is over its quota ehc.quotas.{} ({}); refused until its window ends in {} s",
                    client.clientId(), quota.setting(), limit, refused.retryAfterSeconds());
            return refused;
        }
    }

    private static final class CountingStream extends CountingInputStream {
        private final MeteredRequest request;

        CountingStream(ServletInputStream delegate, MeteredRequest request) {
            super(delegate);
            this.request = request;
        }

        @Override
        void counted(int bytes, boolean end) throws QuotaExceededException {
            if (end) {
                request.count();
            } else {
                request.read(bytes);
            }
        }
    }
}
