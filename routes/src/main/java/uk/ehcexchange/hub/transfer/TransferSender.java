package uk.ehcexchange.hub.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.config.HubProperties;
import uk.ehcexchange.hub.plan.PlanRepository;
import uk.ehcexchange.hub.transfer.pkg.TransferPackageCodec;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.model.transfer.TransferManifest;
import uk.ehcexchange.model.transfer.TransferPackage;

/** The sending side of a transfer: seals the plan into a package for the new council. */
@Component
public class TransferSender {

    private static final Logger log = LoggerFactory.getLogger(TransferSender.class);

    private final TransferLedger ledger;
    private final PlanRepository plans;
    private final TransferPackageCodec codec;
    private final ObjectMapper json;
    private final Clock clock;
    private final HubProperties.Transfers settings;

    public TransferSender(TransferLedger ledger, PlanRepository plans, TransferPackageCodec codec, ObjectMapper json,
                          Clock clock, HubProperties properties) {
        this.ledger = ledger;
        this.plans = plans;
        this.codec = codec;
        this.json = json;
        this.clock = clock;
        this.settings = properties.transfers();
    }

    /**
     * Returns the sealed package, or null when there is nothing to send now: the transfer was delivered or rejected
     * already and this is a redelivered request, or the child has not moved yet and the outbox sweep will send it
     * on the day of the move. A transfer already SENT is sealed again, because the earlier
     * send may not have reached the broker; the receiver stores a transfer once, however often it arrives.
     */
    public byte[] seal(String transferId) throws JsonProcessingException {
        TransferLedger.Entry entry = ledger.find(transferId).orElse(null);
        if (entry == null || !EnumSet.of(TransferStatus.REQUESTED, TransferStatus.SENT).contains(entry.status())) {
            log.info("Transfer {} needs no sending (status {})", transferId, entry == null ? "unknown" : entry.status());
            return null;
        }
        if (entry.moveDate().isAfter(LocalDate.now(clock))) {
            log.info("Transfer {} waits for the move day {}", transferId, entry.moveDate());
            return null;
        }
        EhcPlan plan = json.readValue(plans.find(entry.planId()).orElseThrow().document(), EhcPlan.class);
        byte[] sealed = codec.seal(new TransferPackage(new TransferManifest(transferId, entry.fromCouncil(),
                entry.toCouncil(), entry.planId(), entry.moveDate(), entry.awareOn(), clock.instant()), plan));
        ledger.advance(transferId, EnumSet.of(TransferStatus.REQUESTED), TransferStatus.SENT, clock.instant(),
                "handed to the broker for " + entry.toCouncil());
        log.info("Transfer {} sealed for {} ({} bytes)", transferId, entry.toCouncil(), sealed.length);
        return sealed;
    }

    /** Transfers whose move day has come, and those whose hand-over to the broker failed when they arrived. */
    public List<String> due() {
        return ledger.dueButUnsent(LocalDate.now(clock), clock.instant().minus(settings.outboxSweepInterval()));
    }
}
