package uk.ehcexchange.hub.door.soap;

import jakarta.servlet.http.HttpServletRequest;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import uk.ehcexchange.hub.core.PayloadTooLargeException;

/**
 * Refuses a message over {@code ehc.max-request-size} while it is read, so that an oversized or endless body costs
 * neither memory nor a half-parsed document. (The REST API's filter does the same for /api; SOAP answers with a
 * fault, so it has its own.)
 */
final class MessageSizeLimit extends AbstractPhaseInterceptor<Message> {

    private final long limit;

    MessageSizeLimit(long limit) {
        super(Phase.RECEIVE);
        this.limit = limit;
    }

    @Override
    public void handleMessage(Message message) {
        if (message.get(AbstractHTTPDestination.HTTP_REQUEST) instanceof HttpServletRequest request
                && request.getContentLengthLong() > limit) {
            throw new Fault(new PayloadTooLargeException(limit));
        }
        InputStream in = message.getContent(InputStream.class);
        if (in != null) {
            message.setContent(InputStream.class, new Limited(in, limit));
        }
    }

    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long read;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count((int) Math.min(skipped, Integer.MAX_VALUE));
            return skipped;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }
    }
}
