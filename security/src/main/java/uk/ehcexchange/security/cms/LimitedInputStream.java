package uk.ehcexchange.security.cms;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts what is read from the sealed input and remembers how reading ended, so that a failure deep inside the CMS
 * parser can be attributed afterwards: the limit was exceeded, the input ran out early, or the source itself failed.
 * The limit is enforced while streaming, so an oversized package is refused before it is all read.
 */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private long count;
    private boolean exceeded;
    private boolean reachedEnd;
    private IOException sourceFailure;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (exceeded) {
            throw new IOException("size limit exceeded");
        }
        int n;
        try {
            n = super.read(b, off, len);
        } catch (IOException e) {
            sourceFailure = e;
            throw e;
        }
        if (n < 0) {
            reachedEnd = true;
            return n;
        }
        count += n;
        if (count > limit) {
            exceeded = true;
            throw new IOException("size limit exceeded");
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[(int) Math.min(n, 8192)];
        int read = read(buffer, 0, buffer.length);
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    boolean exceeded() {
        return exceeded;
    }

    boolean reachedEnd() {
        return reachedEnd;
    }

    IOException sourceFailure() {
        return sourceFailure;
    }
}
