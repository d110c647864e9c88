package uk.ehcexchange.hub.fhir;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.ehcexchange.adapters.fhir.FhirProfileValidator;

/**
 * Loads the FHIR validator's definitions (FHIR R4, our profiles, UK Core when configured) and warms it up in the
 * background once the hub is ready, instead of on the start path: loading takes several seconds of CPU, and the
 * council API and the SOAP service need none of it. Until it is done the FHIR door answers 503 with Retry-After and
 * reports itself as warming; the ICB plan sender, if it has a plan to check first, waits for the definitions.
 */
@FhirEnabled
@Component
public class FhirWarmUp implements DisposableBean {

    /** Where the warm-up is; the FHIR door serves only when {@link #isWarm()}. */
    public enum State { WARMING, WARM, FAILED }

    private static final Logger log = LoggerFactory.getLogger(FhirWarmUp.class);

    private final FhirProfileValidator validator;
    private final FhirProperties properties;
    private final AtomicReference<State> state = new AtomicReference<>(State.WARMING);
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread warmUp = new Thread(runnable, "fhir-warm-up");
        warmUp.setDaemon(true);   // never holds up the JVM's exit, whatever stage it is at
        return warmUp;
    });

    public FhirWarmUp(FhirProfileValidator validator, FhirProperties properties) {
        this.validator = validator;
        this.properties = properties;
    }

    /** Starts after the context is ready, so the API and SOAP doors are up before the CPU goes to FHIR. */
    @EventListener(ApplicationReadyEvent.class)
    public void start() {
        thread.schedule(this::warmUp, properties.warmUpDelay().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void warmUp() {
        long started = System.nanoTime();
        try {
            validator.warmUp();
            state.set(State.WARM);
            log.info("FHIR validator warm in {} ms{}; /fhir is serving", (System.nanoTime() - started) / 1_000_000,
                    properties.ukCoreDirectory() == null ? "" : " with UK Core from " + properties.ukCoreDirectory());
        } catch (RuntimeException | LinkageError e) {
            // The hub's own fault (unreadable definitions, too small a heap): /fhir stays unavailable, the rest serves.
            state.set(State.FAILED);
            log.error("FHIR validator failed to load; /fhir answers 503 until the hub is restarted", e);
        } finally {
            thread.shutdown();
        }
    }

    public State state() {
        return state.get();
    }

    public boolean isWarm() {
        return state.get() == State.WARM;
    }

    /**
     * How long a caller should wait before trying again: the warm-up takes seconds on a production machine; a
     * failed one needs an operator.
     */
    public Duration retryAfter() {
        return state.get() == State.FAILED ? Duration.ofMinutes(5) : Duration.ofSeconds(10);
    }

    @Override
    public void destroy() {
        thread.shutdownNow();
    }
}
