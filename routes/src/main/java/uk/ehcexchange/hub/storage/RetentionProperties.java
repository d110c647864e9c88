package uk.ehcexchange.hub.storage;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code ehc.retention.*} settings: how long the hub keeps stored bytes it no longer needs. docs/operations.md
 * lists each.
 *
 * @param deliveredContent how long after the recipient acknowledged it the content of a delivery is kept: the
 *                         documents of a received transfer, the attachments of advice, the sealed package of a sent
 *                         transfer (acknowledged or rejected). The records — inbox item, advice, ledger, receipts,
 *                         audit trail — stay. 90 days: the hub is a conduit, not the council's record system; once
 *                         the council's system has taken the delivery (the acknowledgement says so), three months
 *                         leave room to fetch it again after a failed import or a restore, and for questions about
 *                         what was sent, while the hub stops holding every child's reports indefinitely
 * @param orphanGrace      a content file no record refers to is deleted once it is this old: long enough for any
 *                         write to have committed the record that names it
 * @param interval         how often the housekeeping job (retention, orphan sweep, old quota counters) runs
 */
@ConfigurationProperties("ehc.retention")
public record RetentionProperties(
        @DefaultValue("90d") Duration deliveredContent,
        @DefaultValue("1h") Duration orphanGrace,
        @DefaultValue("1h") Duration interval) {
}
