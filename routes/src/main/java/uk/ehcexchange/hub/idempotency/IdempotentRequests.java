package uk.ehcexchange.hub.idempotency;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.hub.support.Sha256;

/**
 * Runs a request's work at most once per client and Idempotency-Key. The key is claimed, the work done and its
 * answer recorded in one transaction; the primary key on (client, key) makes a concurrent twin wait for that
 * transaction and then replay its answer. If the work fails, the claim rolls back with it and a resend may try again.
 */
@Component
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public IdempotentRequests(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * @param request a canonical rendering of the request (method, path and parsed body), so that a resend
     *                differing only in whitespace counts as the same request
     */
    public StoredResponse execute(ClientIdentity client, String key, String request, Supplier<StoredResponse> work) {
        if (!KEY.matcher(key).matches()) {
            throw RejectedException.of(Rejection.INVALID_IDEMPOTENCY_KEY, HEADER, "idempotency-key-format",
                    "the Idempotency-Key must be 1-128 characters of A-Z a-z 0-9 . _ : -", null);
        }
        String requestHash = Sha256.hex(request);
        try {
            return transaction.execute(status -> find(client, key)
                    .map(previous -> replay(previous, requestHash, key))
                    .orElseGet(() -> {
                        claim(client, key, requestHash);
                        StoredResponse response = work.get();
                        answer(client, key, response);
                        return response;
                    }));
        } catch (DuplicateKeyException raced) {
            // A twin committed first; its record is now visible to a fresh transaction.
            return transaction.execute(status -> find(client, key)
                    .map(previous -> replay(previous, requestHash, key))
                    .orElseThrow(() -> raced));
        }
    }

    private Optional<Previous> find(ClientIdentity client, String key) {
        return jdbc.sql("""
                        SELECT request_sha256, response_status, response_body FROM idempotency_record
                        WHERE client_id = ? AND idempotency_key = ?""")
                .params(client.clientId(), key)
                .query((rs, n) -> new Previous(rs.getString(1), new StoredResponse(rs.getInt(2), rs.getString(3))))
                .optional();
    }

    /** Claiming first makes a concurrent twin wait on the primary key here, before it does any work. */
    private void claim(ClientIdentity client, String key, String requestHash) {
        jdbc.sql("""
                        INSERT INTO idempotency_record
                            (client_id, idempotency_key, request_sha256, response_status, response_body, created_at)
                        VALUES (?, ?, ?, 0, '', ?)""")
                .params(client.clientId(), key, requestHash, Timestamp.from(clock.instant()))
                .update();
    }

    private void answer(ClientIdentity client, String key, StoredResponse response) {
        jdbc.sql("""
                        UPDATE idempotency_record SET response_status = ?, response_body = ?
                        WHERE client_id = ? AND idempotency_key = ?""")
                .params(response.status(), response.body(), client.clientId(), key)
                .update();
    }

    private static StoredResponse replay(Previous previous, String requestHash, String key) {
        if (!previous.requestHash().equals(requestHash)) {
            throw RejectedException.of(Rejection.IDEMPOTENCY_KEY_REUSED, HEADER, "idempotency-key-reused",
                    "this Idempotency-Key was already used for a different request; use a new key", key);
        }
        return previous.response();
    }


    private record Previous(String requestHash, StoredResponse response) {
    }
}
