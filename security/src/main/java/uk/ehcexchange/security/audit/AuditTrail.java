package uk.ehcexchange.security.audit;

import java.util.List;

/** Where audit events are kept. The hub stores them in its database; tests may read them back. */
public interface AuditTrail {

    void record(AuditEvent event);

    /** The most recent events first, at most {@code limit}. */
    List<AuditEvent> recent(int limit);
}
