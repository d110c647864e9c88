package uk.ehcexchange.hub.door;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import uk.ehcexchange.hub.core.PayloadTooLargeException;

/**
 * A request whose body stream fails with {@link PayloadTooLargeException} as soon as it passes {@code limit}
 * bytes, so a chunked body that keeps growing costs no more than the limit. Each door answers the failure in its
 * own format.
 */
public final class SizeLimitedRequest extends HttpServletRequestWrapper {

    private final long limit;
    private ServletInputStream stream;

    public SizeLimitedRequest(HttpServletRequest request, long limit) {
        super(request);
        this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (stream == null) {
            stream = new LimitedStream(super.getInputStream(), limit);
        }
        return stream;
    }

    private static final class LimitedStream extends CountingInputStream {
        private final long limit;
        private long read;

        LimitedStream(ServletInputStream delegate, long limit) {
            super(delegate);
            this.limit = limit;
        }

        @Override
        void counted(int bytes, boolean end) throws PayloadTooLargeException {
            read += bytes;
            if (read > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }
    }
}
