package uk.ehcexchange.hub.auth;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import uk.ehcexchange.hub.config.OperatorProperties;

/**
 * The operators allowed to use the operator API, by the SHA-256 of their keys. Unlike the API clients it may be
 * empty: then the operator API refuses every call (fail closed), and the hub still serves councils.
 */
public final class OperatorRegistry {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");

    private final Map<String, String> byKeyDigest = new HashMap<>();

    /**
     * @param clientKeyDigests the API clients' key digests: an operator key that is also a council system's key
     *                         would let that system's holders act as the operator, so it stops the start
     */
    public OperatorRegistry(List<OperatorProperties.Operator> operators, Set<String> clientKeyDigests) {
        Set<String> names = new java.util.HashSet<>();
        for (OperatorProperties.Operator operator : operators) {
            String where = "ehc.operators[" + operator.name() + "]";
            if (operator.name() == null || !NAME.matcher(operator.name()).matches()) {
                throw new IllegalStateException("ehc.operators: every operator needs a name of letters, digits, "
                        + "'.', '_', '@' or '-' (at most 64), which the audit trail shows");
            }
            if (!names.add(operator.name())) {
                throw new IllegalStateException(where + " is configured twice");
            }
            if (operator.apiKeySha256() == null || !SHA256_HEX.matcher(operator.apiKeySha256()).matches()) {
                throw new IllegalStateException(where + ".api-key-sha256 must be 64 lower-case hex digits");
            }
            if (clientKeyDigests.contains(operator.apiKeySha256())) {
                throw new IllegalStateException(where + " shares its key with an API client (ehc.clients)");
            }
            if (byKeyDigest.putIfAbsent(operator.apiKeySha256(), operator.name()) != null) {
                throw new IllegalStateException(where + " shares its key with another operator");
            }
        }
    }

    /** The name of the operator whose key this is. */
    public Optional<String> authenticate(String presentedKey) {
        if (presentedKey == null || presentedKey.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byKeyDigest.get(ApiKeys.sha256Hex(presentedKey)));
    }

    public boolean isEmpty() {
        return byKeyDigest.isEmpty();
    }
}
