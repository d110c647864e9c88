package uk.ehcexchange.transfer;

import static uk.ehcexchange.transfer.ContainerRejection.MALFORMED_CONTAINER;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Checks the end of a container, read from the stream after the entries: the central directory must list the same
 * entries, in the same order, with the same names and uncompressed sizes as the local headers the streaming
 * reader used, with methods 0 or 8 and no ZIP64, followed by the end of central directory record and nothing
 * else. A reader that trusts only one of the two views cannot be shown different content from a reader that
 * trusts the other.
 */
final class CentralDirectory {

    private static final int CEN_SIG = 0x02014b50;
    private static final int END_SIG = 0x06054b50;
    private static final int CEN_HEADER = 46;
    private static final int END_HEADER = 22;

    private CentralDirectory() {
    }

    /**
     * @param tail      bytes of the archive from absolute offset {@code tailStart} to its end
     * @param names     entry names in local header order
     * @param sizes     uncompressed sizes, as counted, in the same order; -1 where not to be compared
     */
    static void check(byte[] tail, long tailStart, List<String> names, List<Long> sizes)
            throws ContainerRejectedException {
        int end = findEnd(tail);
        if (end < 0) {
            throw malformed("no end of central directory record, or data after it");
        }
        int disk = u16(tail, end + 4);
        int cenDisk = u16(tail, end + 6);
        int entriesOnDisk = u16(tail, end + 8);
        int entries = u16(tail, end + 10);
        long cenSize = u32(tail, end + 12);
        long cenOffset = u32(tail, end + 16);
        if (disk != 0 || cenDisk != 0 || entries == 0xFFFF || cenSize == 0xFFFF_FFFFL || cenOffset == 0xFFFF_FFFFL) {
            throw malformed("multi-disk or ZIP64 archive");
        }
        if (entriesOnDisk != entries || entries != names.size()) {
            throw malformed("central directory lists " + entries + " entries, the archive has " + names.size());
        }
        long cenStart = cenOffset - tailStart;
        if (cenStart < 0 || cenStart + cenSize != end) {
            throw malformed("central directory is not where the end record says");
        }
        int at = (int) cenStart;
        for (int i = 0; i < entries; i++) {
            if (at + CEN_HEADER > end || (int) u32(tail, at) != CEN_SIG) {
                throw malformed("central directory entry " + (i + 1) + " is unreadable");
            }
            int method = u16(tail, at + 10);
            long size = u32(tail, at + 24);
            int nameLength = u16(tail, at + 28);
            int extraLength = u16(tail, at + 30);
            int commentLength = u16(tail, at + 32);
            if (at + CEN_HEADER + nameLength > end) {
                throw malformed("central directory entry " + (i + 1) + " is unreadable");
            }
            String name = new String(tail, at + CEN_HEADER, nameLength, StandardCharsets.UTF_8);
            if (!name.equals(names.get(i))) {
                throw malformed("central directory entry " + (i + 1) + " is named differently from local header "
                        + (i + 1));
            }
            if (method != 0 && method != 8) {
                throw malformed("central directory entry " + (i + 1) + " has an unsupported method");
            }
            if (sizes.get(i) >= 0 && size != sizes.get(i)) {
                throw malformed("central directory size of entry " + (i + 1) + " differs from its content");
            }
            at += CEN_HEADER + nameLength + extraLength + commentLength;
        }
        if (at != end) {
            throw malformed("central directory size differs from its entries");
        }
    }

    /** The offset of the end record, which with its comment must end the data exactly; -1 if there is none. */
    private static int findEnd(byte[] tail) {
        for (int at = tail.length - END_HEADER; at >= 0 && at >= tail.length - END_HEADER - 0xFFFF; at--) {
            if ((int) u32(tail, at) == END_SIG && at + END_HEADER + u16(tail, at + 20) == tail.length) {
                return at;
            }
        }
        return -1;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static long u32(byte[] b, int at) {
        return (u16(b, at) | (long) u16(b, at + 2) << 16) & 0xFFFF_FFFFL;
    }

    private static ContainerRejectedException malformed(String detail) {
        return new ContainerRejectedException(MALFORMED_CONTAINER, null, detail);
    }
}
