package uk.ehcexchange.transfer;

/**
 * What a receiver is prepared to unpack. All sizes are uncompressed bytes.
 *
 * @param maxParts            at most this many parts (entries other than {@code manifest.json}); 1 to 1,000
 * @param maxTotalBytes       at most this many bytes over all entries, manifest included
 * @param maxPartBytes        at most this many bytes in any one entry
 * @param maxCompressionRatio an entry may expand to at most this many times the compressed bytes read for it,
 *                            checked once it has produced more than {@link #RATIO_CHECK_AFTER_BYTES}
 */
public record ContainerLimits(int maxParts, long maxTotalBytes, long maxPartBytes, int maxCompressionRatio) {

    /** The format's own ceiling on the number of parts. */
    public static final int FORMAT_MAX_PARTS = 1000;
    /** Entries smaller than this are never rejected for their compression ratio (small JSON compresses well). */
    public static final long RATIO_CHECK_AFTER_BYTES = 1L << 20;
    /** The default maximum compression ratio: JSON and PDF documents stay far below it, zeros do not. */
    public static final int DEFAULT_MAX_COMPRESSION_RATIO = 100;

    public ContainerLimits {
        if (maxParts < 1 || maxParts > FORMAT_MAX_PARTS) {
            throw new IllegalArgumentException("maxParts must be 1.." + FORMAT_MAX_PARTS);
        }
        if (maxTotalBytes < 1 || maxPartBytes < 1 || maxCompressionRatio < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** 1,000 parts, any one part up to the whole budget, compression ratio 100. */
    public static ContainerLimits of(long maxTotalBytes) {
        return new ContainerLimits(FORMAT_MAX_PARTS, maxTotalBytes, maxTotalBytes, DEFAULT_MAX_COMPRESSION_RATIO);
    }
}
