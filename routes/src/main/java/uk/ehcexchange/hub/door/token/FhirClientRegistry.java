package uk.ehcexchange.hub.door.token;

import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.ehcexchange.hub.directory.AuthorityDirectory;
import uk.ehcexchange.model.AuthorityKind;
import uk.ehcexchange.security.trust.KeyStrength;

/**
 * The NHS systems allowed to call /fhir, by OAuth2 client id, with the public keys their client assertions must be
 * signed with. Fail closed: a client without a usable key refuses the hub's start, so no configuration can leave a
 * client able to authenticate without proving possession of its private key.
 */
public final class FhirClientRegistry {

    /** A registered client: it acts for the trust or ICB {@code authority} (an ODS code). */
    public record FhirClient(String id, String authority, List<PublicKey> keys) {
        public FhirClient {
            keys = List.copyOf(keys);
        }
    }

    private final Map<String, FhirClient> byId = new LinkedHashMap<>();

    public FhirClientRegistry(List<FhirClient> clients, AuthorityDirectory directory) {
        for (FhirClient client : clients) {
            String where = "ehc.fhir.clients[" + client.id() + "]";
            if (client.id() == null || client.id().isBlank() || client.id().length() > 64) {
                throw new IllegalStateException("ehc.fhir.clients: every client needs an id of at most 64 characters");
            }
            boolean nhsBody = directory.find(client.authority())
                    .map(a -> a.kind() == AuthorityKind.ICB || a.kind() == AuthorityKind.NHS_TRUST).orElse(false);
            if (!nhsBody) {
                throw new IllegalStateException(where + ".authority '" + client.authority()
                        + "' is not an ICB or NHS trust in ehc.authorities");
            }
            if (client.keys().isEmpty()) {
                throw new IllegalStateException(where + " has no public key, so it could never authenticate; "
                        + "configure ehc.fhir.clients[n].public-keys");
            }
            client.keys().stream().filter(key -> !KeyStrength.isStrongEnough(key)).findFirst().ifPresent(weak -> {
                throw new IllegalStateException(where + " has a " + weak.getAlgorithm()
                        + " key below RSA 2048 / EC P-256 bits");
            });
            if (byId.putIfAbsent(client.id(), client) != null) {
                throw new IllegalStateException(where + " is configured twice");
            }
        }
    }

    public Optional<FhirClient> find(String clientId) {
        return Optional.ofNullable(clientId).map(byId::get);
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }
}
