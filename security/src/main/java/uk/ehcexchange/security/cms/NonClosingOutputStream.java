package uk.ehcexchange.security.cms;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Lets CMS generators finish their structures without closing the caller's sink, which the caller owns. */
final class NonClosingOutputStream extends FilterOutputStream {

    NonClosingOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
