package uk.ehcexchange.hub.auth;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.ehcexchange.hub.config.HubProperties;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.core.EstablishmentCode;
import uk.ehcexchange.hub.directory.AuthorityDirectory;

/**
 * The API clients allowed to call the hub. Built at start and refusing to be empty: a hub with no configured
 * clients would either let nobody in or, worse, tempt someone into switching authentication off.
 */
public final class ApiKeyRegistry {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    /** Keyed by the SHA-256 of the key: a lookup compares digests, never the secret itself. */
    private final Map<String, ClientIdentity> byKeyDigest = new HashMap<>();

    public ApiKeyRegistry(List<HubProperties.Client> clients, AuthorityDirectory directory) {
        if (clients.isEmpty()) {
            throw new IllegalStateException("No API clients are configured (ehc.clients), so no council system could "
                    + "authenticate. Configure ehc.clients, or start with the demo profile for a demonstration.");
        }
        for (HubProperties.Client client : clients) {
            String where = "ehc.clients[" + client.id() + "]";
            if (client.id() == null || client.id().isBlank()) {
                throw new IllegalStateException("ehc.clients: every client needs an id");
            }
            if (directory.find(client.authority()).isEmpty()) {
                throw new IllegalStateException(where + ".authority '" + client.authority() + "' is not in the directory");
            }
            if (client.apiKeySha256() == null || !SHA256_HEX.matcher(client.apiKeySha256()).matches()) {
                throw new IllegalStateException(where + ".api-key-sha256 must be 64 lower-case hex digits");
            }
            if (client.role() == null) {
                throw new IllegalStateException(where + ".role must be council-system, social-care, "
                        + "educational-psychology or school");
            }
            if (!client.role().unrestricted() && !directory.isCouncil(client.authority())) {
                throw new IllegalStateException(where + ".role " + client.role().label() + " works for a council; "
                        + client.authority() + " is not a council");
            }
            establishment(where, client);
            if (byKeyDigest.putIfAbsent(client.apiKeySha256(), new ClientIdentity(client.id(), client.authority(),
                    client.role(), client.establishment())) != null) {
                throw new IllegalStateException(where + " shares its API key with another client");
            }
        }
    }

    /** A school names the one establishment it speaks for; no other client names one. */
    private static void establishment(String where, HubProperties.Client client) {
        if (client.role().establishmentBound()) {
            if (!EstablishmentCode.isValid(client.establishment())) {
                throw new IllegalStateException(where + ".establishment is required for the role "
                        + client.role().label() + ": the school's URN (6 digits) or the college's UKPRN "
                        + "(8 digits starting with 1)");
            }
        } else if (client.establishment() != null) {
            throw new IllegalStateException(where + ".establishment is for the role school only, not "
                    + client.role().label());
        }
    }

    public Optional<ClientIdentity> authenticate(String presentedKey) {
        if (presentedKey == null || presentedKey.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byKeyDigest.get(ApiKeys.sha256Hex(presentedKey)));
    }
}
