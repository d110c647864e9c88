package uk.ehcexchange.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import uk.ehcexchange.model.CanonicalJson;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.security.DecryptionIdentity;
import uk.ehcexchange.security.PackageRejectedException;
import uk.ehcexchange.security.SigningIdentity;
import uk.ehcexchange.security.cms.SecurePackageReader;
import uk.ehcexchange.security.cms.SecurePackageWriter;
import uk.ehcexchange.security.cms.VerifiedPackage;
import uk.ehcexchange.security.pki.DevelopmentCa;
import uk.ehcexchange.security.pki.IssuedCredential;
import uk.ehcexchange.security.pki.KeyAlgorithm;
import uk.ehcexchange.security.trust.TrustStore;
import uk.ehcexchange.transfer.ChildIdentifiers;
import uk.ehcexchange.transfer.ContainerLimits;
import uk.ehcexchange.transfer.ContainerRejectedException;
import uk.ehcexchange.transfer.PartNames;
import uk.ehcexchange.transfer.PartRole;
import uk.ehcexchange.transfer.TransferContainerReader;
import uk.ehcexchange.transfer.TransferContainerWriter;
import uk.ehcexchange.transfer.TransferManifestV1;

/**
 * The crypto path of a transfer package of about 1 MB, as the hub makes and opens it (SecureTransferPackages), minus
 * the disk: the 29 KB golden plan plus a 1 MiB incompressible PDF-like attachment are written into a transfer
 * container, signed and encrypted into memory; then the package is decrypted, its signature and signer trust are
 * verified, and the container is read and checked against its manifest with every part hashed by the sink.
 * Target: at least 50 packages/s round trip on one core, EC P-256 sender and recipient.
 *
 * <p>{@code seal*} and {@code open*} measure the two halves; {@code containerOnly} is the same container written and
 * read with no signing or encryption, so the cost of the crypto layers is the difference. Keys, certificates and the
 * CA are generated at run time in {@link #setUp()} and never stored.
 *
 * <p>The buffers are reused across operations, so the state is not thread-safe: run with one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class PackageCryptoBenchmark {

    static final String SENDER = "919";
    static final String RECIPIENT = "886";
    static final String ATTACHMENT = "attachments/1-speech-and-language-report.pdf";
    static final int ATTACHMENT_BYTES = 1 << 20;
    private static final long MAX_PACKAGE_BYTES = 16L << 20;

    /** Sender and recipient keys of one algorithm, and a receiver that trusts the sender's CA. */
    private record Parties(SigningIdentity signer, X509Certificate recipientCertificate, DecryptionIdentity decrypter,
                           SecurePackageReader reader) {

        static Parties generate(KeyAlgorithm algorithm) {
            DevelopmentCa ca = DevelopmentCa.create("EHC benchmark CA " + algorithm, algorithm);
            IssuedCredential sender = ca.issue(SENDER, algorithm);
            IssuedCredential recipient = ca.issue(RECIPIENT, algorithm);
            TrustStore trust = TrustStore.builder().anchor(SENDER, ca.certificate()).revocationChecking(false).build();
            return new Parties(sender.signingIdentity(), recipient.certificate(), recipient.decryptionIdentity(),
                    new SecurePackageReader(trust, MAX_PACKAGE_BYTES));
        }
    }

    /** What one opened package yielded; returned so that nothing can be optimised away. */
    public record Opened(VerifiedPackage verified, TransferManifestV1 manifest,
                         Map<String, DigestingPartSink.Digest> parts) {
    }

    private final TransferContainerReader containerReader = new TransferContainerReader(
            ContainerLimits.of(MAX_PACKAGE_BYTES));
    private final ReusableBuffer sealed = new ReusableBuffer(2 << 20);
    private final ReusableBuffer container = new ReusableBuffer(2 << 20);

    private byte[] plan;
    private byte[] attachment;
    private TransferManifestV1 manifest;
    private Instant receivedAt;
    private Parties ec;
    private Parties rsa;
    private byte[] sealedEc;
    private byte[] sealedRsa;

    @Setup
    public void setUp() throws IOException, PackageRejectedException, ContainerRejectedException {
        try (InputStream in = PackageCryptoBenchmark.class.getResourceAsStream(CanonicalPlanBenchmark.GOLDEN_PLAN)) {
            plan = in.readAllBytes();
        }
        attachment = pdfLike(ATTACHMENT_BYTES, 919L);
        EhcPlan parsed = CanonicalJson.mapper().readValue(plan, EhcPlan.class);
        manifest = TransferManifestV1.withoutParts(UUID.fromString("3f1c7a52-8d4e-4b0a-9c61-2e5d7f9a1b03"), SENDER,
                RECIPIENT, ChildIdentifiers.of(parsed.child()), parsed.planId(), LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 30), List.of(),
                Instant.parse("2026-11-30T09:00:00Z"));
        ec = Parties.generate(KeyAlgorithm.EC_P256);
        rsa = Parties.generate(KeyAlgorithm.RSA_3072);
        receivedAt = Instant.now();
        // The open-only benchmarks read these; opening them once here also proves the setup is sound.
        sealEcP256();
        sealedEc = sealed.toByteArray();
        sealRsa3072();
        sealedRsa = sealed.toByteArray();
        openEcP256();
        openRsa3072();
    }

    /**
     * The same round trip for the package the end-to-end load harness sends: the plan alone, no attachment. Its
     * time is the crypto-only figure the end-to-end latency is compared with.
     */
    @Benchmark
    public Opened roundTripPlanOnlyEcP256() throws IOException, PackageRejectedException, ContainerRejectedException {
        seal(ec, sealed, false);
        return open(ec, sealed.input());
    }

    /** Container + sign + encrypt, then decrypt + verify + read the container: EC P-256 sender and recipient. */
    @Benchmark
    public Opened roundTripEcP256() throws IOException, PackageRejectedException, ContainerRejectedException {
        seal(ec, sealed);
        return open(ec, sealed.input());
    }

    @Benchmark
    public int sealEcP256() throws IOException {
        seal(ec, sealed);
        return sealed.size();
    }

    @Benchmark
    public Opened openEcP256() throws IOException, PackageRejectedException, ContainerRejectedException {
        return open(ec, new ByteArrayInputStream(sealedEc));
    }

    /** The round trip with RSA-3072 keys (RSASSA-PSS signature, RSA-OAEP key transport) and an RSA-3072 CA. */
    @Benchmark
    public Opened roundTripRsa3072() throws IOException, PackageRejectedException, ContainerRejectedException {
        seal(rsa, sealed);
        return open(rsa, sealed.input());
    }

    @Benchmark
    public int sealRsa3072() throws IOException {
        seal(rsa, sealed);
        return sealed.size();
    }

    @Benchmark
    public Opened openRsa3072() throws IOException, PackageRejectedException, ContainerRejectedException {
        return open(rsa, new ByteArrayInputStream(sealedRsa));
    }

    /** The same container written and read back with no signing or encryption: the baseline under the crypto. */
    @Benchmark
    public Opened containerOnly() throws IOException, ContainerRejectedException {
        container.reset();
        try (TransferContainerWriter writer = new TransferContainerWriter(container)) {
            writeParts(writer);
        }
        DigestingPartSink parts = new DigestingPartSink();
        TransferManifestV1 read = containerReader.read(container.input(), parts);
        return new Opened(null, read, parts.digests());
    }

    private void seal(Parties parties, ReusableBuffer sink) throws IOException {
        seal(parties, sink, true);
    }

    private void seal(Parties parties, ReusableBuffer sink, boolean withAttachment) throws IOException {
        sink.reset();
        try (OutputStream signedAndEncrypted = new SecurePackageWriter().open(sink, parties.signer(),
                parties.recipientCertificate());
             TransferContainerWriter writer = new TransferContainerWriter(signedAndEncrypted)) {
            writeParts(writer, withAttachment);
        }
    }

    private void writeParts(TransferContainerWriter writer) throws IOException {
        writeParts(writer, true);
    }

    private void writeParts(TransferContainerWriter writer, boolean withAttachment) throws IOException {
        writer.addPart(PartNames.PLAN, PartRole.PLAN, "application/json", new ByteArrayInputStream(plan));
        if (withAttachment) {
            writer.addPart(ATTACHMENT, PartRole.ATTACHMENT, "application/pdf", new ByteArrayInputStream(attachment));
        }
        writer.finish(manifest);
    }

    private Opened open(Parties parties, InputStream sealedPackage)
            throws IOException, PackageRejectedException, ContainerRejectedException {
        container.reset();
        VerifiedPackage verified = parties.reader().read(sealedPackage, parties.decrypter(), SENDER, receivedAt,
                container);
        DigestingPartSink parts = new DigestingPartSink();
        TransferManifestV1 read = containerReader.read(container.input(), parts);
        return new Opened(verified, read, parts.digests());
    }

    /**
     * A PDF header, seeded random bytes (incompressible, as the compressed streams of a real PDF are) and a PDF
     * trailer: the same bytes on every run.
     */
    static byte[] pdfLike(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        byte[] trailer = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, bytes, 0, header.length);
        System.arraycopy(trailer, 0, bytes, size - trailer.length, trailer.length);
        return bytes;
    }

    byte[] plan() {
        return plan.clone();
    }

    byte[] attachment() {
        return attachment.clone();
    }

    byte[] sealedEc() {
        return sealedEc.clone();
    }
}
