package uk.ehcexchange.hub.door.token;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.ehcexchange.hub.config.HubProperties;
import uk.ehcexchange.hub.directory.AuthorityDirectory;
import uk.ehcexchange.hub.fhir.FhirEnabled;
import uk.ehcexchange.hub.fhir.FhirProperties;
import uk.ehcexchange.security.pki.PemFiles;

@FhirEnabled
@Configuration(proxyBeanMethods = false)
public class FhirClientsConfiguration {

    /** The NHS trust of the README's walk-through (Hertfordshire Community), configured by the demo profile. */
    public static final String DEMO_TRUST = "RY4";
    public static final String DEMO_CLIENT_ID = "demo-trust-" + DEMO_TRUST;

    private static final Logger log = LoggerFactory.getLogger(FhirClientsConfiguration.class);

    @Bean
    FhirClientRegistry fhirClientRegistry(FhirProperties fhir, HubProperties hub, AuthorityDirectory directory) {
        List<FhirClientRegistry.FhirClient> clients = new ArrayList<>();
        for (FhirProperties.Client client : fhir.clients()) {
            clients.add(new FhirClientRegistry.FhirClient(client.id(), client.authority(),
                    client.publicKeys().stream().map(PublicKeyFiles::read).toList()));
        }
        if (hub.demoMode() && directory.find(DEMO_TRUST).isPresent()) {
            clients.add(throwawayDemoClient(hub.dataDir()));
        } else if (hub.demoMode()) {
            log.info("Demo mode without trust {} in ehc.authorities (the demo profile configures it): no demo FHIR "
                    + "client", DEMO_TRUST);
        }
        return new FhirClientRegistry(clients, directory);
    }

    /**
     * Demonstration mode invents a key pair for the demo trust at every start: the hub keeps the public key, and
     * the private key is written, readable by the owner only, beside the embedded database so that the README's
     * walk-through can sign client assertions with openssl. Never part of the configuration or the repository.
     */
    private static FhirClientRegistry.FhirClient throwawayDemoClient(Path dataDir) {
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(4096);   // what NHS England's APIs ask of RS512 client keys
            pair = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Path keyFile = dataDir.resolve("demo-fhir-client-key.pem").toAbsolutePath();
        Path settings = dataDir.resolve("demo-fhir-client.properties").toAbsolutePath();
        String privatePem = PemFiles.toPem(pair.getPrivate());
        try {
            Files.createDirectories(dataDir);
            ownerOnly(keyFile, privatePem);
            ownerOnly(settings, """
                    # DEMONSTRATION ONLY: a throwaway FHIR client, replaced at every start.
                    client-id=%s
                    authority=%s
                    algorithm=RS512
                    private-key=%s
                    token-path=/oauth2/token
                    """.formatted(DEMO_CLIENT_ID, DEMO_TRUST, keyFile));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo FHIR client key to " + dataDir, e);
        }
        log.warn("DEMO MODE: throwaway FHIR client {} for trust {} written to {}. Not for real data.",
                DEMO_CLIENT_ID, DEMO_TRUST, settings);
        return new FhirClientRegistry.FhirClient(DEMO_CLIENT_ID, DEMO_TRUST, List.of(pair.getPublic()));
    }

    private static void ownerOnly(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, content, StandardCharsets.US_ASCII);
    }
}
