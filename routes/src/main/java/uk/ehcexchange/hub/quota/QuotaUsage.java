package uk.ehcexchange.hub.quota;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What each client used in each window, in the database so that every hub node counts against the same totals.
 * Counting is an atomic {@code UPDATE … SET used = used + ?}; the first count of a window inserts its row, and a
 * node that loses that race to another finds the row and updates it. The insert runs in no transaction of its own,
 * so losing that race aborts nothing (PostgreSQL aborts a transaction on a failed statement).
 */
@Repository
public class QuotaUsage {

    /** Counters of windows ended longer ago than this are deleted by the housekeeping job. */
    public static final Duration KEPT_FOR = Duration.ofDays(2);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    public QuotaUsage(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Adds {@code amount} to the client's count in the window and returns the window's total, this included. */
    public long add(String clientId, Quota quota, Instant windowStart, long amount) {
        while (true) {
            // The update's row lock lasts to the end of its transaction, so the total read there is this count's.
            Long total = transaction.execute(status -> jdbc.sql("UPDATE quota_usage SET used = used + ? "
                            + "WHERE client_id = ? AND measure = ? AND window_start = ?")
                    .params(amount, clientId, quota.measure(), Timestamp.from(windowStart)).update() == 1
                    ? used(clientId, quota, windowStart) : null);
            if (total != null) {
                return total;
            }
            try {
                jdbc.sql("INSERT INTO quota_usage (client_id, measure, window_start, used) VALUES (?, ?, ?, ?)")
                        .params(clientId, quota.measure(), Timestamp.from(windowStart), amount).update();
                return amount;
            } catch (DuplicateKeyException raced) {
                // Another request of the client, perhaps on another node, opened the window first: count again.
            }
        }
    }

    public long used(String clientId, Quota quota, Instant windowStart) {
        return jdbc.sql("SELECT used FROM quota_usage WHERE client_id = ? AND measure = ? AND window_start = ?")
                .params(clientId, quota.measure(), Timestamp.from(windowStart)).query(Long.class).optional()
                .orElse(0L);
    }

    public int forgetWindowsBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM quota_usage WHERE window_start < ?").param(Timestamp.from(cutoff)).update();
    }
}
