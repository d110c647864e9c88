package uk.ehcexchange.transfer;

import static uk.ehcexchange.transfer.ContainerRejection.COMPRESSION_RATIO_EXCEEDED;
import static uk.ehcexchange.transfer.ContainerRejection.CONTAINER_TOO_LARGE;
import static uk.ehcexchange.transfer.ContainerRejection.DUPLICATE_PART;
import static uk.ehcexchange.transfer.ContainerRejection.MALFORMED_CONTAINER;
import static uk.ehcexchange.transfer.ContainerRejection.MANIFEST_INVALID;
import static uk.ehcexchange.transfer.ContainerRejection.MANIFEST_MISSING;
import static uk.ehcexchange.transfer.ContainerRejection.MISSING_PART;
import static uk.ehcexchange.transfer.ContainerRejection.PART_DIGEST_MISMATCH;
import static uk.ehcexchange.transfer.ContainerRejection.PART_SIZE_MISMATCH;
import static uk.ehcexchange.transfer.ContainerRejection.TOO_MANY_PARTS;
import static uk.ehcexchange.transfer.ContainerRejection.UNEXPECTED_PART;
import static uk.ehcexchange.transfer.ContainerRejection.UNSAFE_PART_NAME;
import static uk.ehcexchange.transfer.ContainerRejection.UNSUPPORTED_FORMAT_VERSION;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import uk.ehcexchange.model.CanonicalJson;

/**
 * Reads a transfer container (format v1) from a stream, entry by entry, in bounded memory: each part's bytes go to
 * the caller's {@link PartSink} while their SHA-256 and size are computed and the limits are enforced; then
 * {@code manifest.json} (the last entry) is parsed strictly and every part is checked against it.
 *
 * <p>The reader streams by the local file headers, then reads the ZIP central directory that follows the last
 * entry and rejects the container unless it lists the same entries, in the same order, with the same names and
 * sizes ({@link CentralDirectory}). It reads the input to its end (after the archive it accepts only the central
 * directory and end record, so it stops early on large trailing data) and does not close it. Memory is bounded by
 * one 64 KiB buffer, the manifest (at most 4 MiB) and the central directory. Thread-safe: it holds only its
 * limits.
 */
public final class TransferContainerReader {

    /** {@code manifest.json} larger than this is rejected as {@code manifest-invalid}. */
    public static final int MAX_MANIFEST_BYTES = 4 << 20;

    private static final int CHUNK = 64 * 1024;
    /** Bytes allowed after the last entry: the central directory (about 300 bytes an entry) and its end record. */
    private static final long TRAILER_ALLOWANCE_BASE = 64 * 1024;
    private static final long TRAILER_ALLOWANCE_PER_ENTRY = 1024;

    private final ContainerLimits limits;

    public TransferContainerReader(ContainerLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Reads and checks a container. Parts are written to {@code sink} as they arrive, before the manifest is
     * known: when this method throws, discard everything the sink received.
     *
     * @return the verified manifest, whose parts the sink now holds with matching sizes and digests
     * @throws ContainerRejectedException the container breaks the format or the limits
     * @throws IOException                reading {@code in} or writing to the sink failed
     */
    public TransferManifestV1 read(InputStream in, PartSink sink) throws IOException, ContainerRejectedException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sink, "sink");
        // ZipInputStream reads 512 bytes at a time: buffered here, a container in a file is not read with a
        // system call per 512 bytes. The buffer sits under the counter, so counts are what the ZIP reader consumed.
        CountingInputStream raw = new CountingInputStream(new BufferedInputStream(in, CHUNK));
        ZipInputStream zip = new ZipInputStream(raw, StandardCharsets.UTF_8);
        Map<String, Received> received = new LinkedHashMap<>();
        List<String> entryNames = new ArrayList<>();
        List<Long> entrySizes = new ArrayList<>();
        byte[] manifestBytes = null;
        String firstUnsafeName = null;
        int unsafeEntries = 0;
        long total = 0;
        int entries = 0;
        ZipEntry entry;
        while ((entry = nextEntry(zip)) != null) {
            entries++;
            String name = entry.getName();
            if (manifestBytes != null) {
                throw reject(MALFORMED_CONTAINER, null, "an entry follows " + PartNames.MANIFEST
                        + ", which must be the last entry");
            }
            if (name.equals(PartNames.MANIFEST)) {
                raw.startRecording();
                long budget = Math.min(MAX_MANIFEST_BYTES, limits.maxTotalBytes() - total);
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                Received manifest = copy(zip, raw, name, buffer, budget, true);
                total += manifest.size;
                manifestBytes = buffer.toByteArray();
                entryNames.add(name);
                entrySizes.add(manifest.size);
                continue;
            }
            if (received.size() + unsafeEntries >= limits.maxParts()) {
                throw reject(TOO_MANY_PARTS, null, "more than " + limits.maxParts() + " parts");
            }
            if (!PartNames.isValidPartName(name)) {
                // Never handed to the sink. Skipped rather than rejected at once, so that a container of a later
                // format version, which may name parts differently, is reported as unsupported-format-version.
                if (firstUnsafeName == null) {
                    firstUnsafeName = PartNames.forMessage(name);
                }
                unsafeEntries++;
                long budget = Math.min(limits.maxPartBytes(), limits.maxTotalBytes() - total);
                total += copy(zip, raw, PartNames.forMessage(name), OutputStream.nullOutputStream(), budget, false).size;
                entryNames.add(name);
                entrySizes.add(-1L);
                continue;
            }
            if (received.containsKey(name)) {
                throw reject(DUPLICATE_PART, name, "entry name occurs twice");
            }
            long declared = entry.getSize();
            if (declared > limits.maxPartBytes() || declared > limits.maxTotalBytes() - total) {
                throw reject(CONTAINER_TOO_LARGE, name, "declared size exceeds the limits");
            }
            long budget = Math.min(limits.maxPartBytes(), limits.maxTotalBytes() - total);
            Received part;
            try (OutputStream out = sink.open(name)) {
                part = copy(zip, raw, name, out, budget, false);
            }
            total += part.size;
            received.put(name, part);
            entryNames.add(name);
            entrySizes.add(part.size);
        }
        if (entries == 0) {
            throw reject(MALFORMED_CONTAINER, null, "not a ZIP archive, or an empty one");
        }
        if (firstUnsafeName != null) {
            if (manifestBytes != null) {
                rejectOtherFormatVersion(manifestBytes);
            }
            throw reject(UNSAFE_PART_NAME, firstUnsafeName, "entry name breaks the naming rules");
        }
        if (manifestBytes == null) {
            throw reject(MANIFEST_MISSING, null, "no " + PartNames.MANIFEST + " entry");
        }
        drainTrailer(raw, entries);
        CentralDirectory.check(raw.recorded(), raw.recordingStart, entryNames, entrySizes);
        TransferManifestV1 manifest = parseManifest(manifestBytes);
        check(manifest, received);
        return manifest;
    }

    private TransferManifestV1 parseManifest(byte[] bytes) throws ContainerRejectedException {
        JsonNode tree;
        try {
            tree = CanonicalJson.mapper().readTree(bytes);
        } catch (JsonProcessingException e) {
            // The parser's message may quote the document, so only its position is reported.
            JsonLocation at = e.getLocation();
            throw reject(MANIFEST_INVALID, PartNames.MANIFEST, "not well-formed JSON"
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()));
        } catch (IOException e) {
            throw reject(MANIFEST_INVALID, PartNames.MANIFEST, "not readable JSON");
        }
        if (tree == null || tree.isMissingNode() || !tree.isObject()) {
            throw reject(MANIFEST_INVALID, PartNames.MANIFEST, "$: object");
        }
        rejectOtherFormatVersion(tree);
        List<String> problems = ManifestRules.problems(tree, limits.maxParts());
        if (!problems.isEmpty()) {
            List<String> shown = problems.size() > 10 ? problems.subList(0, 10) : problems;
            throw reject(MANIFEST_INVALID, PartNames.MANIFEST, String.join("; ", shown)
                    + (problems.size() > shown.size() ? "; and " + (problems.size() - shown.size()) + " more" : ""));
        }
        try {
            return CanonicalJson.mapper().treeToValue(tree, TransferManifestV1.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw reject(MANIFEST_INVALID, PartNames.MANIFEST, "does not bind to the manifest model");
        }
    }

    /** Rejects a manifest whose formatVersion is a string other than "1"; anything else is left to the rules. */
    private static void rejectOtherFormatVersion(byte[] manifestBytes) throws ContainerRejectedException {
        try {
            rejectOtherFormatVersion(CanonicalJson.mapper().readTree(manifestBytes));
        } catch (IOException e) {
            // not JSON: not a recognisable later version either
        }
    }

    private static void rejectOtherFormatVersion(JsonNode tree) throws ContainerRejectedException {
        JsonNode version = tree == null ? null : tree.get("formatVersion");
        if (version != null && version.isTextual()
                && !TransferManifestV1.FORMAT_VERSION.equals(version.asText())) {
            throw reject(UNSUPPORTED_FORMAT_VERSION, PartNames.MANIFEST,
                    "formatVersion is not " + TransferManifestV1.FORMAT_VERSION + ", the only version this reader"
                            + " reads");
        }
    }

    private static void check(TransferManifestV1 manifest, Map<String, Received> received)
            throws ContainerRejectedException {
        for (ManifestPart part : manifest.parts()) {
            Received got = received.get(part.name());
            if (got == null) {
                throw reject(MISSING_PART, part.name(), "listed in the manifest but not in the container");
            }
            if (got.size != part.size()) {
                throw reject(PART_SIZE_MISMATCH, part.name(), "size is " + got.size + " bytes, the manifest says "
                        + part.size());
            }
            if (!MessageDigest.isEqual(got.sha256.getBytes(StandardCharsets.US_ASCII),
                    part.sha256().getBytes(StandardCharsets.US_ASCII))) {
                throw reject(PART_DIGEST_MISMATCH, part.name(), "SHA-256 differs from the manifest");
            }
        }
        if (received.size() != manifest.parts().size()) {
            for (String name : received.keySet()) {
                if (manifest.parts().stream().noneMatch(p -> p.name().equals(name))) {
                    throw reject(UNEXPECTED_PART, name, "in the container but not listed in the manifest");
                }
            }
        }
    }

    /**
     * Copies one entry, enforcing the byte budget and the compression ratio as it goes, so a ZIP bomb is stopped
     * after at most one chunk past the limit.
     */
    private Received copy(ZipInputStream zip, CountingInputStream raw, String name, OutputStream out, long budget,
            boolean isManifest) throws IOException, ContainerRejectedException {
        MessageDigest digest = TransferContainerWriter.sha256();
        byte[] buffer = new byte[CHUNK];
        long rawAtStart = raw.count;
        long size = 0;
        int n;
        while ((n = readEntry(zip, buffer)) != -1) {
            size += n;
            if (size > budget) {
                if (isManifest && size > MAX_MANIFEST_BYTES) {
                    throw reject(MANIFEST_INVALID, name, "larger than " + MAX_MANIFEST_BYTES + " bytes");
                }
                throw reject(CONTAINER_TOO_LARGE, name, size > limits.maxPartBytes()
                        ? "part exceeds " + limits.maxPartBytes() + " bytes"
                        : "container exceeds " + limits.maxTotalBytes() + " bytes");
            }
            long compressed = Math.max(1, raw.count - rawAtStart);
            if (size > ContainerLimits.RATIO_CHECK_AFTER_BYTES
                    && size > (long) limits.maxCompressionRatio() * compressed) {
                throw reject(COMPRESSION_RATIO_EXCEEDED, name, "expands more than "
                        + limits.maxCompressionRatio() + " times");
            }
            digest.update(buffer, 0, n);
            out.write(buffer, 0, n);
        }
        return new Received(size, HexFormat.of().formatHex(digest.digest()));
    }

    private static void drainTrailer(CountingInputStream raw, int entries)
            throws IOException, ContainerRejectedException {
        long allowance = TRAILER_ALLOWANCE_BASE + TRAILER_ALLOWANCE_PER_ENTRY * entries;
        long start = raw.count;
        // raw records from the start of the manifest entry on, so the central directory can be checked
        byte[] buffer = new byte[8192];
        while (raw.read(buffer) != -1) {
            if (raw.count - start > allowance) {
                throw reject(MALFORMED_CONTAINER, null, "unexpected data after the last entry");
            }
        }
    }

    private static ZipEntry nextEntry(ZipInputStream zip) throws IOException, ContainerRejectedException {
        try {
            return zip.getNextEntry();
        } catch (ZipException | EOFException e) {
            throw reject(MALFORMED_CONTAINER, null, "unreadable entry header");
        } catch (IllegalArgumentException e) {
            throw reject(MALFORMED_CONTAINER, null, "entry name is not valid UTF-8");
        }
    }

    private static int readEntry(ZipInputStream zip, byte[] buffer) throws IOException, ContainerRejectedException {
        try {
            return zip.read(buffer, 0, buffer.length);
        } catch (ZipException | EOFException e) {
            throw reject(MALFORMED_CONTAINER, null, "unreadable entry data (corrupt, truncated or bad CRC)");
        }
    }

    private static ContainerRejectedException reject(ContainerRejection rejection, String part, String detail) {
        return new ContainerRejectedException(rejection, part, detail);
    }

    private record Received(long size, String sha256) {
    }

    /**
     * Counts the bytes read from the caller's stream, remembers the last {@link #RING} of them, and from
     * {@link #startRecording()} on keeps everything (the manifest entry, the central directory and the end
     * record, at most about 5 MiB as the reader bounds them).
     */
    private static final class CountingInputStream extends FilterInputStream {
        /** More than ZipInputStream ever reads ahead (512 bytes). */
        private static final int RING = 4096;

        private long count;
        private final byte[] ring = new byte[RING];
        private ByteArrayOutputStream recording;
        private long recordingStart;

        CountingInputStream(InputStream in) {
            super(in);
        }

        /** Keeps every byte from now on, starting with the last {@link #RING} bytes already read. */
        void startRecording() {
            int kept = (int) Math.min(RING, count);
            recording = new ByteArrayOutputStream();
            recordingStart = count - kept;
            for (long i = recordingStart; i < count; i++) {
                recording.write(ring[(int) (i % RING)]);
            }
        }

        byte[] recorded() {
            return recording == null ? new byte[0] : recording.toByteArray();
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                remember(b, off, n);
                if (recording != null) {
                    recording.write(b, off, n);
                }
                count += n;
            }
            return n;
        }

        /**
         * Copies the last bytes just read into the ring, in at most two pieces: every byte of the container passes
         * through here, so a per-byte loop (with a long remainder per byte) cost about as much as the AES.
         */
        private void remember(byte[] b, int off, int n) {
            int keep = Math.min(n, RING);
            int from = off + n - keep;
            int at = (int) ((count + n - keep) % RING);
            int first = Math.min(keep, RING - at);
            System.arraycopy(b, from, ring, at, first);
            System.arraycopy(b, from + first, ring, 0, keep - first);
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[(int) Math.min(n, 8192)];
            int read = read(buffer, 0, buffer.length);
            return Math.max(read, 0);
        }

        @Override
        public void close() {
            // the caller owns the stream
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
