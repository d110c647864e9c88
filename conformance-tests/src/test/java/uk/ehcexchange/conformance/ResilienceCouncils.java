package uk.ehcexchange.conformance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.ehcexchange.hub.auth.ApiKeys;
import uk.ehcexchange.security.pki.DevelopmentCa;
import uk.ehcexchange.security.pki.IssuedCredential;
import uk.ehcexchange.security.pki.KeyAlgorithm;
import uk.ehcexchange.security.pki.PemFiles;
import uk.ehcexchange.security.pki.Pkcs12Files;

/**
 * The councils of the resilience tests, configured as production is (not demonstration mode, whose keys change at
 * every start and are written into the data folder — which nodes sharing one folder would overwrite for each
 * other): for each council an API key, a PKCS#12 signing and encryption keystore and its certificate, all from one
 * CA made for the run. The same keys serve every node and every restart, as a deployment's configuration would.
 */
final class ResilienceCouncils {

    private final Path keys;
    private final DevelopmentCa ca = DevelopmentCa.create("Resilience councils' CA");
    private final Map<String, String> apiKeys = new LinkedHashMap<>();
    private final Map<String, String> passwords = new LinkedHashMap<>();

    ResilienceCouncils(Path keys, List<String> councils) throws Exception {
        this.keys = Files.createDirectories(keys);
        PemFiles.writeCertificates(keys.resolve("ca.pem"), List.of(ca.certificate()));
        PemFiles.writeCrl(keys.resolve("ca.crl"), ca.crlRevoking(List.of()));
        for (String council : councils) {
            apiKeys.put(council, ApiKeys.generate());
            String password = ApiKeys.generate();
            passwords.put(council, password);
            IssuedCredential credential = ca.issue(council, KeyAlgorithm.EC_P256);
            Pkcs12Files.write(keystore(council), password.toCharArray(), credential, ca.certificate());
            PemFiles.writeCertificates(certificate(council), List.of(credential.certificate()));
        }
    }

    /**
     * The settings of a hub that serves {@code served} (their systems' API keys and their keystores) and believes
     * signatures of every council of the run (packages and receipts may come from a peer hub's councils).
     */
    List<String> hubSettings(List<String> served) {
        List<String> args = new ArrayList<>();
        for (int i = 0; i < served.size(); i++) {
            String council = served.get(i);
            args.addAll(List.of("--ehc.clients[" + i + "].id=case-system-" + council,
                    "--ehc.clients[" + i + "].authority=" + council,
                    "--ehc.clients[" + i + "].api-key-sha256=" + ApiKeys.sha256Hex(apiKeys.get(council)),
                    "--ehc.tenants[" + i + "].authority=" + council,
                    "--ehc.tenants[" + i + "].keystore=" + keystore(council),
                    "--ehc.tenants[" + i + "].keystore-password=" + passwords.get(council)));
        }
        List<String> all = List.copyOf(apiKeys.keySet());
        for (int i = 0; i < all.size(); i++) {
            args.addAll(List.of("--ehc.trust[" + i + "].authority=" + all.get(i),
                    "--ehc.trust[" + i + "].anchors[0]=" + keys.resolve("ca.pem"),
                    "--ehc.trust[" + i + "].crls[0]=" + keys.resolve("ca.crl")));
        }
        return args;
    }

    String apiKey(String council) {
        return apiKeys.get(council);
    }

    /** The council's encryption certificate, which a peer hub needs to seal packages for it. */
    Path certificate(String council) {
        return keys.resolve(council + ".pem");
    }

    Path keysFolder() {
        return keys;
    }

    private Path keystore(String council) {
        return keys.resolve(council + ".p12");
    }
}
