package uk.ehcexchange.hub.transfer.pkg;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.support.Sha256;
import uk.ehcexchange.hub.config.HubProperties;
import uk.ehcexchange.hub.document.ContentStore;
import uk.ehcexchange.hub.keys.HubCredentials;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.security.PackageRejectedException;
import uk.ehcexchange.security.cms.SecurePackageReader;
import uk.ehcexchange.security.cms.SecurePackageWriter;
import uk.ehcexchange.security.cms.VerifiedPackage;
import uk.ehcexchange.transfer.ContainerLimits;
import uk.ehcexchange.transfer.ContainerRejectedException;
import uk.ehcexchange.transfer.PartNames;
import uk.ehcexchange.transfer.PartRole;
import uk.ehcexchange.transfer.TransferContainerReader;
import uk.ehcexchange.transfer.TransferContainerWriter;
import uk.ehcexchange.transfer.TransferManifestV1;

/**
 * Transfer package v1 as the hub makes and opens it: encrypt(sign(container)), streamed end to end, so that a
 * package with a 100 MB report passes through a small heap (schemas/transfer-package-v1.md, security/README.md).
 */
@Component
public class SecureTransferPackages {

    /** A document to put in a package: its part name and where its content is. */
    public record Document(String partName, PartRole role, String mediaType, String sha256) {
    }

    /**
     * A package whose signature, trust and every part have been checked. Its parts are files in {@code workFolder},
     * which the caller deletes once it has stored what it needs. {@code plan} is null in an assessment package.
     */
    public record Opened(TransferManifestV1 manifest, EhcPlan plan, Map<String, Path> parts, String senderAuthority,
                         String sealedSha256, Path workFolder) {
    }

    private final HubCredentials credentials;
    private final ContentStore content;
    private final PackageStore store;
    private final ObjectMapper json;
    private final long maxPackageBytes;

    public SecureTransferPackages(HubCredentials credentials, ContentStore content, PackageStore store,
                                  ObjectMapper json, HubProperties properties) {
        this.credentials = credentials;
        this.content = content;
        this.store = store;
        this.json = json;
        this.maxPackageBytes = properties.transfers().maxPackageSize().toBytes();
    }

    /** Seals a package; {@code plan} is null for an assessment package, whose request is one of the documents. */
    public void seal(TransferManifestV1 manifestWithoutParts, EhcPlan plan, List<Document> documents,
                     OutputStream sealed) throws IOException {
        HubCredentials.Tenant sender = credentials.tenant(manifestWithoutParts.fromAuthority());
        try (OutputStream signedAndEncrypted = new SecurePackageWriter().open(sealed, sender.signer(),
                credentials.encryptionCertificate(manifestWithoutParts.toAuthority()));
             TransferContainerWriter container = new TransferContainerWriter(signedAndEncrypted)) {
            if (plan != null) {
                container.addJsonPart(PartNames.PLAN, PartRole.PLAN, plan);
            }
            for (Document document : documents) {
                try (InputStream in = content.open(document.sha256())) {
                    container.addPart(document.partName(), document.role(), document.mediaType(), in);
                }
            }
            container.finish(manifestWithoutParts);
        }
    }

    /**
     * Decrypts with the recipient's key, verifies the signer against the trust configured for the authority it
     * names, and checks every part against the manifest. Nothing is trusted until this returns.
     *
     * @throws TransferRejectedException with the reason code of the layer that refused the package
     */
    public Opened open(Path sealedFile, String recipient, Instant receivedAt) throws IOException {
        if (!credentials.serves(recipient)) {
            throw new TransferRejectedException("unknown-recipient", "this hub does not serve " + recipient);
        }
        Path work = store.newWorkFolder();
        try {
            Path containerFile = work.resolve("container.zip");
            MessageDigest sealedDigest = Sha256.newDigest();
            VerifiedPackage verified;
            try (InputStream in = new DigestInputStream(Files.newInputStream(sealedFile), sealedDigest);
                 OutputStream out = Files.newOutputStream(containerFile)) {
                verified = new SecurePackageReader(credentials.trust(), maxPackageBytes)
                        .read(in, credentials.tenant(recipient).decrypter(), null, receivedAt, out);
            }
            Map<String, Path> parts = new LinkedHashMap<>();
            TransferManifestV1 manifest;
            try (InputStream in = Files.newInputStream(containerFile)) {
                manifest = new TransferContainerReader(ContainerLimits.of(4 * maxPackageBytes)).read(in, name -> {
                    Path part = work.resolve("part-" + parts.size());
                    parts.put(name, part);
                    return Files.newOutputStream(part);
                });
            }
            Files.delete(containerFile);
            Path planPart = parts.get(PartNames.PLAN);
            return new Opened(manifest, planPart == null ? null : readPlan(planPart), parts, verified.senderAuthority(),
                    HexFormat.of().formatHex(sealedDigest.digest()), work);
        } catch (PackageRejectedException e) {
            PackageStore.deleteQuietly(work);
            throw new TransferRejectedException(e.reason().code(), e.getMessage(), e);
        } catch (ContainerRejectedException e) {
            PackageStore.deleteQuietly(work);
            throw new TransferRejectedException(e.code(), e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            PackageStore.deleteQuietly(work);
            throw e;
        }
    }

    private EhcPlan readPlan(Path planPart) {
        try {
            return json.readValue(planPart.toFile(), EhcPlan.class);
        } catch (IOException e) {
            // Jackson's message may quote the document; the rejection names only the part.
            throw new TransferRejectedException("invalid-plan", PartNames.PLAN + " is not a canonical EHC plan");
        }
    }
}
