package uk.ehcexchange.hub.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import uk.ehcexchange.hub.core.ClientRole;
import uk.ehcexchange.model.AuthorityKind;

/**
 * Every {@code ehc.*} setting of the hub. docs/operations.md lists each one with its default.
 *
 * @param dataDir        where the embedded database and broker journal live
 * @param demoMode       generate throwaway credentials for the demonstration councils; never in production
 * @param maxRequestSize  the largest JSON request body the API reads
 * @param maxDocumentSize the largest document (advice report, PDF) a plan may carry
 * @param clients        the council systems allowed to call the API, one API key each
 * @param authorities    ICBs and NHS trusts this deployment exchanges with (councils are built in)
 * @param tenants        key material of each council this hub serves (every API client's authority needs one)
 * @param trust          per authority, the CAs and CRLs its signers must chain to
 * @param revocationChecking whether a signer's certificate must be checked against a configured CRL
 * @param peering        the HTTPS listener (mutual TLS) other hubs deliver to
 * @param peers          other hubs, the councils they serve and those councils' encryption certificates
 * @param delivery       the one outbox every outbound delivery goes through: retries, back-off, consumers
 */
@ConfigurationProperties("ehc")
public record HubProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("false") boolean demoMode,
        @DefaultValue("2MB") DataSize maxRequestSize,
        @DefaultValue("100MB") DataSize maxDocumentSize,
        List<Client> clients,
        List<ConfiguredAuthority> authorities,
        @DefaultValue Transfers transfers,
        List<Tenant> tenants,
        List<Trust> trust,
        @DefaultValue("true") boolean revocationChecking,
        @DefaultValue Peering peering,
        List<Peer> peers,
        @DefaultValue DeliverySettings delivery) {

    /**
     * The councils of the README's walk-through, which demo mode gives throwaway keys: Herts, Luton, Bexley, Bromley.
     */
    public static final List<String> DEMO_COUNCILS = List.of("919", "821", "303", "305");

    public HubProperties {
        clients = clients == null ? List.of() : List.copyOf(clients);
        authorities = authorities == null ? List.of() : List.copyOf(authorities);
        tenants = tenants == null ? List.of() : List.copyOf(tenants);
        trust = trust == null ? List.of() : List.copyOf(trust);
        peers = peers == null ? List.of() : List.copyOf(peers);
    }

    /**
     * The listener other hubs deliver packages and receipts to: HTTPS that requires a client certificate issued by
     * one of the peer CAs. Off when {@code port} is 0.
     *
     * @param keystore   this hub's TLS identity (PKCS#12), used as server and as client towards peers
     * @param trustedCas PEM file of the CAs whose certificates identify peer hubs
     */
    public record Peering(@DefaultValue("0") int port, Path keystore, String keystorePassword, Path trustedCas) {
    }

    /**
     * Another hub and the councils it serves.
     *
     * @param certificates PEM files of those councils' encryption certificates (they name their authority)
     */
    public record Peer(String name, URI url, List<String> authorities, List<Path> certificates) {
        public Peer {
            authorities = authorities == null ? List.of() : List.copyOf(authorities);
            certificates = certificates == null ? List.of() : List.copyOf(certificates);
        }
    }

    /**
     * A council this hub serves: its signing and decryption key and certificate chain, in a PKCS#12 file kept
     * outside the repository.
     */
    public record Tenant(String authority, Path keystore, String keystorePassword) {
    }

    /**
     * The certification authorities allowed to issue certificates for {@code authority}, and their CRLs (PEM).
     */
    public record Trust(String authority, List<Path> anchors, List<Path> crls) {
        public Trust {
            anchors = anchors == null ? List.of() : List.copyOf(anchors);
            crls = crls == null ? List.of() : List.copyOf(crls);
        }
    }

    /**
     * @param id           a name for the client system, used in logs and the audit trail
     * @param authority    the DfE LA code (or ODS code) the client acts for; it sees only that authority's data
     * @param apiKeySha256 lower-case hex SHA-256 of the client's API key; the key itself is never configured
     * @param role         what it may do for that authority: {@code council-system} (everything),
     *                     {@code social-care} (the council's children's social care team: social care advice only),
     *                     {@code educational-psychology} (its educational psychology service: psychological advice
     *                     only) or {@code school} (a school or college: educational advice asked of it only)
     * @param establishment for {@code school} only, and required for it: the school's URN (6 digits) or the college's
     *                     UKPRN (8 digits from 1); its authority is the council it works with
     */
    public record Client(String id, String authority, String apiKeySha256,
                         @DefaultValue("council-system") ClientRole role, String establishment) {
        @ConstructorBinding
        public Client {
        }

        public Client(String id, String authority, String apiKeySha256) {
            this(id, authority, apiKeySha256, ClientRole.COUNCIL_SYSTEM, null);
        }

        public Client(String id, String authority, String apiKeySha256, ClientRole role) {
            this(id, authority, apiKeySha256, role, null);
        }
    }

    /**
     * @param councils for an ICB, the LA codes of the councils in its area: it is the responsible commissioning
     *                 body for their children's plans and host ICB for placements there
     * @param fhirBaseUrl for an ICB, the base URL of its FHIR R4 server, where the hub POSTs its councils' final
     *                    plans as document Bundles; none, and no plans are sent to it
     */
    public record ConfiguredAuthority(AuthorityKind kind, String odsCode, String name, List<String> councils,
                                      URI fhirBaseUrl) {
        @ConstructorBinding
        public ConfiguredAuthority {
            councils = councils == null ? List.of() : List.copyOf(councils);
        }

        public ConfiguredAuthority(AuthorityKind kind, String odsCode, String name, List<String> councils) {
            this(kind, odsCode, name, councils, null);
        }
    }

    /** @param maxPackageSize the largest sealed transfer package the hub opens */
    public record Transfers(@DefaultValue("256MB") DataSize maxPackageSize) {
    }

    /**
     * The outbox ({@code delivery} table) and its workers.
     *
     * @param consumers        concurrent consumers of the delivery queue on this node
     * @param sweepInterval    how often this node looks for deliveries that are due and not on the broker
     * @param requeueAfter     how long a delivery handed to the broker is left to its message before the sweep
     *                         hands it over again (the message may have been lost with a broker)
     * @param firstRetry       the wait after a first failed attempt; each further failure doubles it
     * @param maxRetryInterval the longest wait between attempts
     * @param maxAttempts      attempts before a delivery that keeps failing is marked FAILED for an operator (100
     *                         at the default waits is about a day)
     */
    public record DeliverySettings(
            @DefaultValue("4") int consumers,
            @DefaultValue("2s") Duration sweepInterval,
            @DefaultValue("30s") Duration requeueAfter,
            @DefaultValue("2s") Duration firstRetry,
            @DefaultValue("15m") Duration maxRetryInterval,
            @DefaultValue("100") int maxAttempts) {
    }
}
