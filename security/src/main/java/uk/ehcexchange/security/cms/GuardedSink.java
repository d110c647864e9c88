package uk.ehcexchange.security.cms;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Wraps the caller's content sink so that its own failures (disk full, say) are reported as I/O errors and not
 * mistaken for a defect in the package. Never closes the caller's stream.
 */
final class GuardedSink extends FilterOutputStream {

    private IOException failure;

    GuardedSink(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    IOException failure() {
        return failure;
    }
}
