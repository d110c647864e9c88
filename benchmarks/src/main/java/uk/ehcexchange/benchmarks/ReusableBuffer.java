package uk.ehcexchange.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;

/**
 * An in-memory sink that is reset and reused across operations, and read back without copying, so the benchmark
 * measures the package code rather than array allocation and copying of the harness.
 */
final class ReusableBuffer extends ByteArrayOutputStream {

    ReusableBuffer(int initialCapacity) {
        super(initialCapacity);
    }

    /** What was written since the last {@link #reset()}, as a stream over the same array (no copy). */
    InputStream input() {
        return new ByteArrayInputStream(buf, 0, count);
    }
}
