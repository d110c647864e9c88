package uk.ehcexchange.hub.fhir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The {@code ehc.fhir.*} settings of the FHIR front door for NHS trusts and ICBs. docs/operations.md lists each.
 *
 * @param enabled              serve /fhir and /oauth2/token and send final plans to ICBs ({@link FhirEnabled})
 * @param maxRequestSize       the largest body /fhir reads (an advice Bundle with its PDF inline)
 * @param tokenAudience        the URL trusts put in their client assertions' {@code aud}: the token endpoint as
 *                             they reach it. Unset, the hub accepts the URL the token request was made to.
 * @param accessTokenLifetime  how long an access token the hub issues is valid
 * @param maxAssertionLifetime how far in the future a client assertion's {@code exp} may lie
 * @param clients              the NHS systems allowed to call /fhir, each with its public key(s)
 * @param ukCoreDirectory      UK Core's definitions (structuredefinitions/, valuesets/, codesystems/), so that
 *                             resources claiming UK Core profiles are validated against them; optional
 * @param icbDelivery          sending final plans to ICBs
 * @param inboundValidation    how inbound resources are checked against FHIR R4 and our profiles: {@code fast}
 *                             (the snapshot walk, about 1 ms for an advice document) or {@code hapi} (HAPI's
 *                             instance validator, about 50 ms; its verdict is the reference the fast check is
 *                             tested against)
 * @param warmUpDelay          how long after the hub is ready the FHIR validator starts loading its definitions in
 *                             the background (/fhir answers 503 until it is warm); 0 starts at once. A delay lets
 *                             the council API take its first traffic without competing with the warm-up for CPU
 */
@ConfigurationProperties("ehc.fhir")
public record FhirProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("10MB") DataSize maxRequestSize,
        URI tokenAudience,
        @DefaultValue("10m") Duration accessTokenLifetime,
        @DefaultValue("5m") Duration maxAssertionLifetime,
        List<Client> clients,
        Path ukCoreDirectory,
        @DefaultValue IcbDelivery icbDelivery,
        @DefaultValue("fast") InboundValidation inboundValidation,
        @DefaultValue("0s") Duration warmUpDelay) {

    public enum InboundValidation { FAST, HAPI }


    public FhirProperties {
        clients = clients == null ? List.of() : List.copyOf(clients);
    }

    /**
     * @param id         the OAuth2 client id, also the {@code iss} and {@code sub} of its assertions
     * @param authority  the ODS code of the trust or ICB the client acts for
     * @param publicKeys PEM files (public key or certificate) of the keys its assertions may be signed with;
     *                   two allow rotation without downtime
     */
    public record Client(String id, String authority, List<Path> publicKeys) {
        public Client {
            publicKeys = publicKeys == null ? List.of() : List.copyOf(publicKeys);
        }
    }

    /**
     * @param timeout connect and read timeout of a POST to an ICB's FHIR server
     */
    public record IcbDelivery(@DefaultValue("30s") Duration timeout) {
    }
}
