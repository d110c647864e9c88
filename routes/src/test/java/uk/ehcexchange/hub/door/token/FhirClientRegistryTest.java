package uk.ehcexchange.hub.door.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ehcexchange.hub.config.HubProperties;
import uk.ehcexchange.hub.directory.AuthorityDirectory;
import uk.ehcexchange.model.AuthorityKind;

/** Fail closed: no configuration leaves a FHIR client able to authenticate without its own private key. */
class FhirClientRegistryTest {

    private final AuthorityDirectory directory = new AuthorityDirectory(new HubProperties(null, false, null, null,
            null, List.of(new HubProperties.ConfiguredAuthority(AuthorityKind.NHS_TRUST, "RY4", "trust", null)),
            null, null, null, true, null, null, null));

    @TempDir
    Path folder;

    @Test
    void aClientWithAKeyIsKnownByItsId() throws Exception {
        KeyPair keys = ecKeys();
        FhirClientRegistry registry = new FhirClientRegistry(List.of(new FhirClientRegistry.FhirClient("ehr", "RY4",
                List.of(PublicKeyFiles.read(pem(keys, "PUBLIC KEY", keys.getPublic().getEncoded()))))), directory);

        assertThat(registry.find("ehr")).hasValueSatisfying(c -> assertThat(c.authority()).isEqualTo("RY4"));
        assertThat(registry.find("someone-else")).isEmpty();
    }

    @Test
    void aClientWithoutAKeyStopsTheStart() {
        assertThatThrownBy(() -> new FhirClientRegistry(List.of(new FhirClientRegistry.FhirClient("ehr", "RY4",
                List.of())), directory)).hasMessageContaining("has no public key");
    }

    @Test
    void aClientForAnAuthorityThatIsNotAnNhsBodyStopsTheStart() throws Exception {
        KeyPair keys = ecKeys();
        assertThatThrownBy(() -> new FhirClientRegistry(List.of(new FhirClientRegistry.FhirClient("ehr", "919",
                List.of(keys.getPublic()))), directory)).hasMessageContaining("is not an ICB or NHS trust");
    }

    @Test
    void aPrivateKeyInTheConfigurationIsRefused() throws Exception {
        KeyPair keys = ecKeys();
        Path file = pem(keys, "PRIVATE KEY", keys.getPrivate().getEncoded());

        assertThatThrownBy(() -> PublicKeyFiles.read(file)).hasMessageContaining("holds a private key");
    }

    @Test
    void aWeakRsaKeyStopsTheStart() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        KeyPair weak = generator.generateKeyPair();

        assertThatThrownBy(() -> new FhirClientRegistry(List.of(new FhirClientRegistry.FhirClient("ehr", "RY4",
                List.of(weak.getPublic()))), directory)).hasMessageContaining("below RSA 2048");
    }

    private static KeyPair ecKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private Path pem(KeyPair keys, String type, byte[] der) throws Exception {
        Path file = folder.resolve(type.replace(' ', '-') + ".pem");
        Files.writeString(file, "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder().encodeToString(der)
                + "\n-----END " + type + "-----\n");
        return file;
    }
}
