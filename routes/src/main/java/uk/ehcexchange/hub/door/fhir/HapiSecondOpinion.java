package uk.ehcexchange.hub.door.fhir;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import uk.ehcexchange.adapters.fhir.FhirIssue;
import uk.ehcexchange.adapters.fhir.FhirProfileValidator;
import uk.ehcexchange.hub.audit.AuditRecorder;
import uk.ehcexchange.hub.fhir.FhirEnabled;

/**
 * HAPI's instance validator, run in the background on every advice Bundle the fast check accepted. The fast check
 * decides (HAPI's validator is fifty times slower: on the request path it would cap a core at a few Bundles a
 * second); this keeps checking, in production, that the two agree. A Bundle HAPI finds errors in is flagged in the
 * audit trail with the FHIRPath of each error (never the values) and counted ({@code ehc.audit.flagged}). One
 * thread and a bounded queue: under a burst the reviews that do not fit are skipped and counted
 * ({@code ehc.fhir.second-opinion.skipped}), never queued without limit.
 */
@FhirEnabled
@Component
public class HapiSecondOpinion implements DisposableBean {

    public static final String ACTION = "FHIR advice: HAPI validator's second opinion";
    private static final Logger log = LoggerFactory.getLogger(HapiSecondOpinion.class);

    private final FhirProfileValidator validator;
    private final AuditRecorder audit;
    private final MeterRegistry meters;
    private final ThreadPoolExecutor reviewer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(100), runnable -> {
                Thread thread = new Thread(runnable, "fhir-second-opinion");
                thread.setDaemon(true);
                thread.setPriority(Thread.MIN_PRIORITY);
                return thread;
            });

    public HapiSecondOpinion(FhirProfileValidator validator, AuditRecorder audit, MeterRegistry meters) {
        this.validator = validator;
        this.audit = audit;
        this.meters = meters;
    }

    /** Hands the Bundle over for review; the caller must be done with it (HAPI's model is not thread-safe). */
    public void review(String sender, String messageId, Bundle bundle) {
        try {
            reviewer.execute(() -> reviewNow(sender, messageId, bundle));
        } catch (RejectedExecutionException full) {
            meters.counter("ehc.fhir.second-opinion.skipped").increment();
        }
    }

    void reviewNow(String sender, String messageId, Bundle bundle) {
        try {
            List<FhirIssue> errors = validator.validate(bundle).stream().filter(FhirIssue::isError).toList();
            meters.counter("ehc.fhir.second-opinion.reviewed").increment();
            if (!errors.isEmpty()) {
                audit.flagged(sender, ACTION, messageId, "hapi-validator-disagrees at "
                        + errors.stream().map(FhirIssue::expression).distinct().limit(20)
                                .collect(Collectors.joining(", ")));
            }
        } catch (RuntimeException e) {
            log.warn("HAPI's second opinion on FHIR message {} failed", messageId, e);
            meters.counter("ehc.fhir.second-opinion.failed").increment();
        }
    }

    @Override
    public void destroy() {
        reviewer.shutdownNow();
    }
}
