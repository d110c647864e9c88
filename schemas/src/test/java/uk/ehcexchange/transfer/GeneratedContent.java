package uk.ehcexchange.transfer;

import java.io.InputStream;

/**
 * A deterministic, incompressible byte stream of a given length (xorshift64), starting with a PDF header: a large
 * "PDF-like" attachment that exists nowhere in memory or on disk.
 */
final class GeneratedContent extends InputStream {

    private static final byte[] HEADER = "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final long length;
    private long position;
    private long state = 0x2545F4914F6CDD1DL;

    GeneratedContent(long length) {
        this.length = length;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (position >= length) {
            return -1;
        }
        int n = (int) Math.min(len, length - position);
        for (int i = 0; i < n; i++) {
            long p = position + i;
            if (p < HEADER.length) {
                b[off + i] = HEADER[(int) p];
            } else {
                state ^= state << 13;
                state ^= state >>> 7;
                state ^= state << 17;
                b[off + i] = (byte) state;
            }
        }
        position += n;
        return n;
    }
}
