package uk.ehcexchange.hub.transfer.pkg;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.springframework.stereotype.Component;
import uk.ehcexchange.model.transfer.TransferPackage;

/**
 * The unsigned, unencrypted package: canonical JSON. It serves transfers between councils on the same hub until
 * the signed and encrypted package (CMS) replaces it.
 */
@Component
public class JsonTransferPackageCodec implements TransferPackageCodec {

    private final ObjectMapper json;

    public JsonTransferPackageCodec(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public byte[] seal(TransferPackage transferPackage) {
        try {
            return json.writeValueAsBytes(transferPackage);
        } catch (IOException e) {
            throw new IllegalStateException("the canonical model always serialises", e);
        }
    }

    @Override
    public TransferPackage open(byte[] sealed) {
        try {
            TransferPackage opened = json.readValue(sealed, TransferPackage.class);
            if (opened == null || opened.manifest() == null || opened.plan() == null) {
                throw new PackageRejectedException("incomplete-package", "the package lacks its manifest or plan");
            }
            return opened;
        } catch (IOException e) {
            throw new PackageRejectedException("unreadable-package", "the package is not a readable transfer package", e);
        }
    }
}
