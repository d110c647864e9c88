package uk.ehcexchange.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Run by {@link StreamingProofTest} in a child JVM with a small heap: writes a container holding the golden plan
 * and a generated attachment of {@code args[0]} bytes into a pipe on one thread, and reads it back on the main
 * thread with a sink that only digests. Prints {@code maxHeap=}, {@code <part>=<sha256>} and {@code OK}; exits 1
 * on any failure.
 */
public final class StreamingProofMain {

    static final String ATTACHMENT = "attachments/1-large-scanned-report.pdf";

    private StreamingProofMain() {
    }

    public static void main(String[] args) throws Exception {
        long size = Long.parseLong(args[0]);
        System.out.println("maxHeap=" + Runtime.getRuntime().maxMemory());
        PipedInputStream in = new PipedInputStream(1 << 20);
        PipedOutputStream pipe = new PipedOutputStream(in);
        AtomicReference<Throwable> writerFailure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try (pipe) {
                TransferContainerWriter container = new TransferContainerWriter(pipe);
                container.addJsonPart(PartNames.PLAN, PartRole.PLAN, Fixtures.plan());
                container.addPart(ATTACHMENT, PartRole.ATTACHMENT, "application/pdf", new GeneratedContent(size));
                container.finish(Fixtures.manifestWithoutParts());
            } catch (Throwable t) {
                writerFailure.set(t);
            }
        }, "container-writer");
        writer.start();

        Map<String, String> digests = new TreeMap<>();
        TransferManifestV1 manifest;
        try {
            manifest = new TransferContainerReader(ContainerLimits.of(size + (16L << 20)))
                    .read(in, name -> new DigestingSink(digest -> digests.put(name, digest)));
        } finally {
            in.close();
            writer.join();
        }
        if (writerFailure.get() != null) {
            throw new IllegalStateException("writer failed", writerFailure.get());
        }
        for (ManifestPart part : manifest.parts()) {
            if (!part.sha256().equals(digests.get(part.name()))) {
                throw new IllegalStateException("digest differs for " + part.name());
            }
            System.out.println(part.name() + "=" + part.sha256() + " size=" + part.size());
        }
        System.out.println("OK");
    }

    /** Keeps nothing: digests what it is given and reports the digest on close. */
    private static final class DigestingSink extends OutputStream {
        private final MessageDigest digest = TransferContainerWriter.sha256();
        private final java.util.function.Consumer<String> onClose;

        DigestingSink(java.util.function.Consumer<String> onClose) {
            this.onClose = onClose;
        }

        @Override
        public void write(int b) {
            digest.update((byte) b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            digest.update(b, off, len);
        }

        @Override
        public void close() throws IOException {
            onClose.accept(HexFormat.of().formatHex(digest.digest()));
        }
    }
}
