package uk.ehcexchange.hub.door;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;

/** A request body that tells its reader's owner how many bytes each read returned, and when the body ended. */
abstract class CountingInputStream extends ServletInputStream {

    private final ServletInputStream delegate;

    CountingInputStream(ServletInputStream delegate) {
        this.delegate = delegate;
    }

    /**
     * @param bytes how many bytes this read returned (0 at the end)
     * @param end   whether the body has ended
     * @throws IOException to fail the read, e.g. a limit passed
     */
    abstract void counted(int bytes, boolean end) throws IOException;

    @Override
    public int read() throws IOException {
        int b = delegate.read();
        counted(b < 0 ? 0 : 1, b < 0);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = delegate.read(buffer, offset, length);
        if (n != 0) {
            counted(Math.max(n, 0), n < 0);
        }
        return n;
    }

    @Override
    public boolean isFinished() {
        return delegate.isFinished();
    }

    @Override
    public boolean isReady() {
        return delegate.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
        delegate.setReadListener(listener);
    }
}
