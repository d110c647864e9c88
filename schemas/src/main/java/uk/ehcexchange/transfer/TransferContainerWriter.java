package uk.ehcexchange.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.Deflater;
import java.util.zip.ZipOutputStream;
import uk.ehcexchange.model.CanonicalJson;

/**
 * Writes a transfer container (format v1) to a stream, one part at a time, without holding any part in memory:
 * each part is copied in 64 KiB chunks while its SHA-256 and size are computed, and {@link #finish} writes
 * {@code manifest.json} last with those values.
 *
 * <p><b>The underlying stream is never closed</b>, neither by {@link #finish} nor by {@link #close}: it belongs
 * to the caller, typically the signing layer, which still has to write after the container ends. {@code finish}
 * writes the ZIP central directory and flushes. {@link #close} without {@code finish} abandons the container:
 * nothing more is written, and what was written has no manifest, so any receiver rejects it.
 *
 * <p>Entries are DEFLATED with a fixed timestamp (1980-01-01 00:00), so the same parts and manifest give the same
 * bytes. Not thread-safe.
 */
public final class TransferContainerWriter implements Closeable {

    private static final int CHUNK = 64 * 1024;
    private static final long FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0)
            .atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();

    private final CountingOutputStream out;
    private final ZipOutputStream zip;
    private final List<ManifestPart> parts = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private State state = State.OPEN;

    private enum State { OPEN, FINISHED, FAILED, CLOSED }

    public TransferContainerWriter(OutputStream out) {
        this.out = new CountingOutputStream(Objects.requireNonNull(out, "out"));
        this.zip = new ZipOutputStream(this.out);
        this.zip.setMethod(ZipOutputStream.DEFLATED);
    }

    /**
     * Adds a part, reading {@code content} to its end (the stream is not closed).
     *
     * @return the part as the manifest will list it
     * @throws IllegalArgumentException if the name breaks the naming rules, is already used, its folder does not
     *                                  belong to {@code role}, or the media type is malformed or does not match a
     *                                  {@code .json} / {@code .pdf} name
     * @throws IllegalStateException    after {@link #finish}, {@link #close} or a failed part, or past 1,000 parts
     */
    public ManifestPart addPart(String name, PartRole role, String mediaType, InputStream content)
            throws IOException {
        Objects.requireNonNull(content, "content");
        beginPart(name, role, mediaType);
        return writePart(name, role, mediaType, sink -> content.transferTo(sink));
    }

    /**
     * Adds a JSON part written by {@link CanonicalJson#mapper()} straight into the archive (no intermediate copy),
     * e.g. the {@code EhcPlan} as {@code plan/ehc-plan.json} or a {@code HealthAdvice} under {@code advice/}.
     * The media type is {@code application/json}; the name must end in {@code .json}.
     */
    public ManifestPart addJsonPart(String name, PartRole role, Object canonicalDocument) throws IOException {
        Objects.requireNonNull(canonicalDocument, "canonicalDocument");
        beginPart(name, role, "application/json");
        return writePart(name, role, "application/json",
                sink -> CanonicalJson.mapper().writeValue(new NonClosing(sink), canonicalDocument));
    }

    /** The parts written so far, in order. */
    public List<ManifestPart> parts() {
        return List.copyOf(parts);
    }

    /**
     * Writes {@code manifest.json} as the last entry, with {@code parts} filled in from what was written, then the
     * ZIP central directory, and flushes. The underlying stream stays open.
     *
     * @param manifestWithoutParts the manifest with no parts (empty or null list); see
     *                             {@link TransferManifestV1#withoutParts}
     * @return the manifest as written
     * @throws IllegalArgumentException if the manifest breaks the rules (the message lists field paths and rules,
     *                                  never values) or already lists parts
     * @throws IllegalStateException    if the part the manifest's kind needs (the plan, or the assessment request)
     *                                  was not written, or the writer is not open
     */
    public TransferManifestV1 finish(TransferManifestV1 manifestWithoutParts) throws IOException {
        Objects.requireNonNull(manifestWithoutParts, "manifestWithoutParts");
        requireOpen();
        if (!manifestWithoutParts.parts().isEmpty()) {
            throw new IllegalArgumentException("the manifest must not list parts; the writer fills them in");
        }
        String required = manifestWithoutParts.kindOrDefault() == PackageKind.ASSESSMENT
                ? PartNames.ASSESSMENT_REQUEST : PartNames.PLAN;
        if (!names.contains(required)) {
            throw new IllegalStateException("no " + required + " part was written");
        }
        TransferManifestV1 manifest = manifestWithoutParts.withParts(parts);
        JsonNode tree = CanonicalJson.mapper().valueToTree(manifest);
        List<String> problems = ManifestRules.problems(tree, ContainerLimits.FORMAT_MAX_PARTS);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid manifest: " + String.join("; ", problems));
        }
        state = State.FAILED;
        zip.setLevel(Deflater.DEFAULT_COMPRESSION);
        zip.putNextEntry(entry(PartNames.MANIFEST));
        CanonicalJson.mapper().writeValue(new NonClosing(zip), tree);
        zip.closeEntry();
        zip.close(); // writes the central directory and frees the deflater; only flushes the caller's stream
        checkNoZip64();
        state = State.FINISHED;
        return manifest;
    }

    /** Abandons an unfinished container (see the class comment); does nothing after {@link #finish}. */
    @Override
    public void close() {
        if (state != State.FINISHED) {
            state = State.CLOSED;
        }
    }

    private void beginPart(String name, PartRole role, String mediaType) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        requireOpen();
        PartRole implied = PartNames.roleOf(name);
        if (implied == null) {
            throw new IllegalArgumentException("unsafe part name: " + PartNames.forMessage(name));
        }
        if (implied != role) {
            throw new IllegalArgumentException("part " + name + " is in the folder of role " + implied.code()
                    + ", not " + role.code());
        }
        if (!ManifestRules.isMediaType(mediaType)) {
            throw new IllegalArgumentException("malformed media type for part " + name);
        }
        String expected = ManifestRules.expectedMediaType(name);
        if (expected != null && !expected.equals(mediaType)) {
            throw new IllegalArgumentException("part " + name + " must have media type " + expected);
        }
        if (names.contains(name)) {
            throw new IllegalArgumentException("duplicate part name: " + name);
        }
        if (parts.size() >= ContainerLimits.FORMAT_MAX_PARTS) {
            throw new IllegalStateException("a container holds at most " + ContainerLimits.FORMAT_MAX_PARTS
                    + " parts");
        }
    }

    /**
     * PDFs, images and Office files are compressed already: deflating them again costs most of the time it takes to
     * seal a package and saves nothing, so they go into deflate's stored blocks (still a deflated entry, so the
     * writer keeps streaming without knowing sizes in advance).
     */
    static boolean alreadyCompressed(String mediaType) {
        return mediaType.equals("application/pdf") || mediaType.startsWith("image/")
                || mediaType.startsWith("application/vnd.openxmlformats-officedocument.");
    }

    private ManifestPart writePart(String name, PartRole role, String mediaType, Content content)
            throws IOException {
        state = State.FAILED; // until the part is complete
        zip.setLevel(alreadyCompressed(mediaType) ? Deflater.NO_COMPRESSION : Deflater.DEFAULT_COMPRESSION);
        zip.putNextEntry(entry(name));
        DigestingOutputStream digesting = new DigestingOutputStream(zip);
        content.writeTo(new ChunkingOutputStream(digesting));
        zip.closeEntry();
        checkNoZip64();
        ManifestPart part = new ManifestPart(name, role, mediaType, digesting.size, digesting.hex());
        parts.add(part);
        names.add(name);
        state = State.OPEN;
        return part;
    }

    private void checkNoZip64() throws IOException {
        if (out.count > ManifestRules.MAX_PART_SIZE) {
            throw new IOException("the container would exceed 4 GiB and need ZIP64, which format v1 forbids");
        }
    }

    private void requireOpen() {
        if (state != State.OPEN) {
            throw new IllegalStateException("the writer is " + state.name().toLowerCase());
        }
    }

    private static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(FIXED_TIME);
        return entry;
    }

    @FunctionalInterface
    private interface Content {
        void writeTo(OutputStream sink) throws IOException;
    }

    /** Computes SHA-256 and size of what passes through; refuses parts that would need ZIP64. */
    private static final class DigestingOutputStream extends FilterOutputStream {
        private final MessageDigest digest = sha256();
        private long size;

        DigestingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            size += len;
            if (size > ManifestRules.MAX_PART_SIZE) {
                throw new IOException("a part of 4 GiB or more would need ZIP64, which format v1 forbids");
            }
            digest.update(b, off, len);
            out.write(b, off, len);
        }

        @Override
        public void close() {
            // the entry is closed by the writer
        }

        String hex() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }

    /** Splits large writes into chunks so no caller can force a big single write through the deflater. */
    private static final class ChunkingOutputStream extends FilterOutputStream {
        ChunkingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int done = 0; done < len; done += CHUNK) {
                out.write(b, off + done, Math.min(CHUNK, len - done));
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private static final class CountingOutputStream extends FilterOutputStream {
        private long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            flush(); // the caller owns the underlying stream
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
