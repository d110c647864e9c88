package uk.ehcexchange.conformance;

import com.nimbusds.jose.JWSAlgorithm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import uk.ehcexchange.hub.HubApplication;
import uk.ehcexchange.hub.auth.ApiKeys;
import uk.ehcexchange.security.pki.DevelopmentCa;
import uk.ehcexchange.security.pki.KeyAlgorithm;
import uk.ehcexchange.security.pki.PemFiles;
import uk.ehcexchange.security.pki.Pkcs12Files;

/**
 * The hub started as a real server on a random port, on its embedded defaults (H2 and Artemis in a fresh data
 * folder), configured as production is — not in demonstration mode — with an API key, a PKCS#12 keystore and a
 * CA with its (empty) CRL per council, all generated for this run. Tests reach it only over HTTP; it is started once
 * per test JVM and shared, so each test uses plan ids of its own.
 */
final class RunningHub {

    static final List<String> COUNCILS = List.of("919", "821", "303", "305", "306");
    static final String ICB = "QM7";
    static final String TRUST = "RY4";
    /** A second trust, with a FHIR client of its own, that was asked for nothing. */
    static final String OTHER_TRUST = "RWH";
    /**
     * A second ICB with a FHIR server of its own, NHS Bedfordshire, Luton and Milton Keynes: configured for no council's
     * area, it gets the plans of Hertfordshire children whose GP practice is in its area (the plan names it).
     */
    static final String OTHER_ICB = "QHG";
    /** The audience client assertions name: the token URL as trusts would reach it through the hub's proxy. */
    static final String TOKEN_AUDIENCE = "https://ehc-hub.conformance.test/oauth2/token";

    private static RunningHub instance;

    private final ConfigurableApplicationContext context;
    private final URI base;
    private final Map<String, String> apiKeys = new LinkedHashMap<>();
    private final Map<String, FhirCredential> fhirClients = new LinkedHashMap<>();
    private final IcbFhirServer icbServer = new IcbFhirServer();
    private final IcbFhirServer otherIcbServer = new IcbFhirServer();
    private final Map<String, String> clientIds = new LinkedHashMap<>();
    /** The one operator of the management port's operator API (ehc.operators). */
    static final String OPERATOR = "conformance-operator";
    private final String operatorKey = ApiKeys.generate();
    private final Path dataDir;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private int peeringPort;
    private SSLContext peerTls;

    private RunningHub() {
        try {
            dataDir = Files.createTempDirectory("ehc-hub-conformance");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0",
                "--ehc.fhir.token-audience=" + TOKEN_AUDIENCE, "--ehc.data-dir=" + dataDir,
                "--ehc.delivery.first-retry=100ms",
                // IcbOutageResilienceTest holds the ICB's requests unanswered: the hub gives up on each after 5 s.
                "--ehc.fhir.icb-delivery.timeout=5s",
                // Configured as production but for the database: H2 in the data folder rather than PostgreSQL.
                "--ehc.database.allow-embedded=true",
                // One client key serves many test classes polling with Awaitility (ten requests a second): quotas
                // stay on, so every request is counted, but far above the default. QuotaTest tests the limits.
                "--ehc.quotas.requests-per-minute=1000000", "--ehc.quotas.bytes-per-day=1TB"));
        Path keys = dataDir.resolve("keys");
        DevelopmentCa ca = DevelopmentCa.create("Conformance test CA");
        try {
            Files.createDirectories(keys);
            PemFiles.writeCertificates(keys.resolve("ca.pem"), List.of(ca.certificate()));
            PemFiles.writeCrl(keys.resolve("ca.crl"), ca.crlRevoking(List.of()));
            for (int i = 0; i < COUNCILS.size(); i++) {
                String council = COUNCILS.get(i);
                String key = ApiKeys.generate();
                apiKeys.put(council, key);
                args.add("--ehc.clients[" + i + "].id=case-system-" + council);
                args.add("--ehc.clients[" + i + "].authority=" + council);
                args.add("--ehc.clients[" + i + "].api-key-sha256=" + ApiKeys.sha256Hex(key));
                String password = ApiKeys.generate();
                Path keystore = keys.resolve(council + ".p12");
                Pkcs12Files.write(keystore, password.toCharArray(), ca.issue(council, KeyAlgorithm.EC_P256),
                        ca.certificate());
                args.add("--ehc.tenants[" + i + "].authority=" + council);
                args.add("--ehc.tenants[" + i + "].keystore=" + keystore);
                args.add("--ehc.tenants[" + i + "].keystore-password=" + password);
                args.add("--ehc.trust[" + i + "].authority=" + council);
                args.add("--ehc.trust[" + i + "].anchors[0]=" + keys.resolve("ca.pem"));
                args.add("--ehc.trust[" + i + "].crls[0]=" + keys.resolve("ca.crl"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        peering(args, keys);
        healthBodies(args);
        fhirClients(args, keys);
        councilSystems(args);
        args.add("--ehc.operators[0].name=" + OPERATOR);
        args.add("--ehc.operators[0].api-key-sha256=" + ApiKeys.sha256Hex(operatorKey));
        context = new SpringApplicationBuilder(HubApplication.class).run(args.toArray(String[]::new));
        int port = ((ServletWebServerApplicationContext) context).getWebServer().getPort();
        base = URI.create("http://localhost:" + port);
        Runtime.getRuntime().addShutdownHook(new Thread(context::close));
        awaitFhirWarm();
    }

    /**
     * The hub is ready for the council API before its FHIR validator has loaded (it warms up in the background and
     * /fhir answers 503 meanwhile); the FHIR tests share this hub, so it is handed out once /fhir serves too.
     */
    private void awaitFhirWarm() {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(200))
                .until(() -> http.send(HttpRequest.newBuilder(base.resolve("/readyz-fhir")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    }

    /**
     * The peering listener (mutual TLS, for other hubs only), so that tests can knock on it: its own TLS CA, the hub's
     * identity from it, and a client identity from the same CA for the tests' own TLS client.
     */
    private void peering(List<String> args, Path keys) {
        try {
            TlsTestCertificates tls = new TlsTestCertificates();
            tls.writeCa(keys.resolve("tls-ca.pem"));
            String password = ApiKeys.generate();
            tls.writeHubIdentity("conformance-hub", keys.resolve("hub-tls.p12"), password.toCharArray());
            peeringPort = HubProcess.freePort();
            peerTls = tls.clientContext("conformance-peer");
            args.addAll(List.of("--ehc.peering.port=" + peeringPort,
                    "--ehc.peering.keystore=" + keys.resolve("hub-tls.p12"),
                    "--ehc.peering.keystore-password=" + password,
                    "--ehc.peering.trusted-cas=" + keys.resolve("tls-ca.pem")));
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up the peering listener", e);
        }
    }

    /**
     * Hertfordshire's ICB and a community trust, which answer advice requests; the trust has an API client of its
     * own, keyed like a council's under its ODS code.
     */
    private void healthBodies(List<String> args) {
        args.addAll(List.of("--ehc.authorities[0].kind=ICB", "--ehc.authorities[0].ods-code=" + ICB,
                "--ehc.authorities[0].name=NHS Hertfordshire and West Essex ICB",
                "--ehc.authorities[0].councils[0]=919",
                "--ehc.authorities[1].kind=NHS_TRUST", "--ehc.authorities[1].ods-code=" + TRUST,
                "--ehc.authorities[1].name=Hertfordshire Community NHS Trust"));
        String key = ApiKeys.generate();
        apiKeys.put(TRUST, key);
        int index = COUNCILS.size();
        args.add("--ehc.clients[" + index + "].id=trust-" + TRUST);
        args.add("--ehc.clients[" + index + "].authority=" + TRUST);
        args.add("--ehc.clients[" + index + "].api-key-sha256=" + ApiKeys.sha256Hex(key));
    }

    /**
     * The FHIR side: the ICB's FHIR server (which receives final plans), a second trust, and a FHIR client per
     * health body, each with a key pair made for this run of which the hub gets only the public key.
     */
    private void fhirClients(List<String> args, Path keys) {
        args.add("--ehc.authorities[0].fhir-base-url=" + icbServer.base);
        args.addAll(List.of("--ehc.authorities[2].kind=NHS_TRUST", "--ehc.authorities[2].ods-code=" + OTHER_TRUST,
                "--ehc.authorities[2].name=East and North Hertfordshire NHS Trust"));
        args.addAll(List.of("--ehc.authorities[3].kind=ICB", "--ehc.authorities[3].ods-code=" + OTHER_ICB,
                "--ehc.authorities[3].name=NHS Bedfordshire, Luton and Milton Keynes ICB",
                "--ehc.authorities[3].fhir-base-url=" + otherIcbServer.base));
        List<FhirCredential> credentials = List.of(
                FhirCredential.generate("trust-system-" + TRUST, TRUST, JWSAlgorithm.ES256),
                FhirCredential.generate("trust-system-" + OTHER_TRUST, OTHER_TRUST, JWSAlgorithm.RS512),
                FhirCredential.generate("icb-system-" + ICB, ICB, JWSAlgorithm.ES384));
        for (int i = 0; i < credentials.size(); i++) {
            FhirCredential credential = credentials.get(i);
            fhirClients.put(credential.authority, credential);
            args.add("--ehc.fhir.clients[" + i + "].id=" + credential.clientId);
            args.add("--ehc.fhir.clients[" + i + "].authority=" + credential.authority);
            args.add("--ehc.fhir.clients[" + i + "].public-keys[0]=" + credential.writePublicKey(keys));
        }
    }

    /**
     * Bexley's system reads council XML over SOAP (issue 5's done-when), Croydon's reads caseload CSV; Hertfordshire's
     * social care team, its educational psychology service, one of its schools and its ICB call the hub too.
     */
    static final String SOCIAL_CARE_919 = "social-care-919";
    /** Hertfordshire's educational psychology service, and a school it works with (Oakfield, URN 117342). */
    static final String EPS_919 = "educational-psychology-919";
    static final String SCHOOL_919 = "school-919-oakfield";
    static final String SCHOOL_URN = "117342";

    private void councilSystems(List<String> args) {
        args.addAll(List.of("--ehc.councils.303.format=council-xml", "--ehc.councils.303.transport=soap",
                "--ehc.councils.306.format=csv"));
        int index = COUNCILS.size() + 1;
        for (String[] client : new String[][] {{SOCIAL_CARE_919, "919"}, {"icb-" + ICB, ICB}, {EPS_919, "919"},
                {SCHOOL_919, "919"}}) {
            String key = ApiKeys.generate();
            apiKeys.put(client[0], key);
            clientIds.put(client[0], client[0]);
            args.add("--ehc.clients[" + index + "].id=" + client[0]);
            args.add("--ehc.clients[" + index + "].authority=" + client[1]);
            args.add("--ehc.clients[" + index + "].api-key-sha256=" + ApiKeys.sha256Hex(key));
            if (client[0].equals(SOCIAL_CARE_919)) {
                args.add("--ehc.clients[" + index + "].role=social-care");
            } else if (client[0].equals(EPS_919)) {
                args.add("--ehc.clients[" + index + "].role=educational-psychology");
            } else if (client[0].equals(SCHOOL_919)) {
                args.add("--ehc.clients[" + index + "].role=school");
                args.add("--ehc.clients[" + index + "].establishment=" + SCHOOL_URN);
            }
            index++;
        }
    }

    /** The client id and API key a council system presents, e.g. in a WS-Security UsernameToken. */
    String clientId(String caller) {
        return clientIds.getOrDefault(caller, COUNCILS.contains(caller) ? "case-system-" + caller : "trust-" + caller);
    }

    String apiKey(String caller) {
        return apiKeys.get(caller);
    }

    URI base() {
        return base;
    }

    /** The management port (actuator), which the hub binds on loopback beside the API port. */
    URI managementBase() {
        return URI.create("http://localhost:" + context.getEnvironment().getProperty("local.management.port"));
    }

    /** The operator's key, for {@code Authorization: Bearer} on the management port's operator API. */
    String operatorKey() {
        return operatorKey;
    }

    /** The operator's key in a file readable by its owner only, as {@code ehc-hub deliveries --key-file} reads it. */
    synchronized Path operatorKeyFile() {
        Path file = dataDir.resolve("operator-key");
        try {
            if (!Files.exists(file)) {
                Files.writeString(file, operatorKey + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    FhirCredential fhirCredential(String authority) {
        return fhirClients.get(authority);
    }

    IcbFhirServer icb() {
        return icbServer;
    }

    /** The FHIR server of {@link #OTHER_ICB}. */
    IcbFhirServer otherIcb() {
        return otherIcbServer;
    }

    static synchronized RunningHub get() {
        if (instance == null) {
            instance = new RunningHub();
        }
        return instance;
    }

    /**
     * Whether the hub's content store holds a document with this digest: the one check, beside the database, that a
     * refused request left no file behind. Uploads in progress sit in {@code documents/incoming}; none may be left.
     */
    boolean storesDocument(String sha256) {
        Path documents = bean(uk.ehcexchange.hub.config.HubProperties.class).dataDir().resolve("documents");
        return Files.exists(documents.resolve(sha256));
    }

    long partialUploads() {
        Path incoming = bean(uk.ehcexchange.hub.config.HubProperties.class).dataDir().resolve("documents")
                .resolve("incoming");
        try (var files = Files.list(incoming)) {
            return files.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For the few checks a client cannot make over HTTP, such as whether a refusal was audited. */
    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
    }

    Call as(String council) {
        return new Call(apiKeys.get(council));
    }

    Call anonymous() {
        return new Call(null);
    }

    int peeringPort() {
        return peeringPort;
    }

    /** A TLS context with a client certificate the peering listener accepts, as another hub's would be. */
    SSLContext peerTls() {
        return peerTls;
    }

    /** A call presenting {@code token} as {@code Authorization: Bearer <token>}, whatever it is. */
    Call bearer(String token) {
        return new Call(token);
    }

    final class Call {
        private final String apiKey;

        private Call(String apiKey) {
            this.apiKey = apiKey;
        }

        HttpResponse<String> get(String path) {
            return send(request(path).GET());
        }

        HttpResponse<String> get(String path, String accept) {
            return send(request(path).header("Accept", accept).GET());
        }

        HttpResponse<String> send(String method, String path, String contentType, String body, String idempotencyKey) {
            return send(withKey(request(path), idempotencyKey).header("Content-Type", contentType)
                    .method(method, HttpRequest.BodyPublishers.ofString(body)));
        }

        HttpResponse<String> put(String path, String json, String idempotencyKey) {
            return send(withKey(request(path), idempotencyKey).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json)));
        }

        HttpResponse<String> post(String path, String json, String idempotencyKey) {
            return send(withKey(request(path), idempotencyKey).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        HttpResponse<String> postBytes(String path, byte[] body, String idempotencyKey) {
            return send(withKey(request(path), idempotencyKey).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        }

        HttpResponse<String> putDocument(String path, String mediaType, HttpRequest.BodyPublisher body) {
            return send(request(path).header("Content-Type", mediaType).PUT(body));
        }

        HttpResponse<byte[]> getBytes(String path) {
            try {
                return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        HttpResponse<String> postEmpty(String path) {
            return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
            return apiKey == null ? builder : builder.header("Authorization", "Bearer " + apiKey);
        }

        private static HttpRequest.Builder withKey(HttpRequest.Builder builder, String idempotencyKey) {
            return idempotencyKey == null ? builder : builder.header("Idempotency-Key", idempotencyKey);
        }

        private HttpResponse<String> send(HttpRequest.Builder builder) {
            try {
                return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
