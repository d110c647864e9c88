package uk.ehcexchange.hub.timeliness;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.timeliness.Figures.Window;
import uk.ehcexchange.hub.timeliness.TimelinessQueries.ClockCount;
import uk.ehcexchange.hub.timeliness.TimelinessQueries.OpenCount;
import uk.ehcexchange.hub.timeliness.TimelinessQueries.TransferCount;

/**
 * The dashboard's figures for machines, on the management port's {@code /actuator/prometheus} (docs/dashboard.md
 * lists them): duties done on time and late in the last twelve months per council and measure, advice per council
 * and partner, and the open clocks overdue or due in ten working days per council, clock kind and party waited on.
 * Counts only: no child, no case id. They are computed by a few grouped queries every
 * {@code ehc.dashboard.metrics-refresh} (default 5 minutes) on a background thread, never per scrape. Every node
 * computes the same figures from the shared database and writes nothing, so any number of nodes may run it;
 * dashboards take {@code max} across instances.
 */
@Component
public class TimelinessMetrics implements MeterBinder, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TimelinessMetrics.class);

    private final TimelinessQueries queries;
    private final TimelinessFigures figures;
    private final Clock clock;
    private final Duration interval;
    private final List<MultiGauge[]> gauges = new CopyOnWriteArrayList<>();
    private volatile double refreshedAt = Double.NaN;
    private ScheduledExecutorService scheduler;

    public TimelinessMetrics(TimelinessQueries queries, TimelinessFigures figures, Clock clock,
                             @Value("${ehc.dashboard.metrics-refresh:5m}") Duration interval) {
        this.queries = queries;
        this.figures = figures;
        this.clock = clock;
        this.interval = interval;
    }

    @Override
    public synchronized void bindTo(MeterRegistry registry) {
        gauges.add(new MultiGauge[] {
                MultiGauge.builder("ehc.timeliness.duties").description("Statutory duties done in the last 12 months,"
                        + " by council, measure, on time or late, and whether a lawful exception was recorded")
                        .register(registry),
                MultiGauge.builder("ehc.timeliness.advice").description("Advice for EHC needs assessments (reg 8)"
                        + " given in the last 12 months, by council and the organisation asked").register(registry),
                MultiGauge.builder("ehc.timeliness.open").description("Open statutory clocks overdue or due within"
                        + " 10 working days, by council, clock kind and the party waited on").register(registry)});
        Gauge.builder("ehc.timeliness.refreshed.timestamp", () -> refreshedAt).baseUnit("seconds")
                .description("When the timeliness figures were last computed (Unix time)").register(registry);
    }

    /** Refreshing starts once the hub is ready (its database migrated), then every {@code interval}. */
    @EventListener(ApplicationReadyEvent.class)
    public synchronized void start() {
        if (scheduler == null && !interval.isZero()) {
            scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "timeliness-metrics");
                thread.setDaemon(true);
                return thread;
            });
            scheduler.scheduleWithFixedDelay(this::refreshQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Computes every figure afresh and replaces the gauges' rows (a council with nothing left drops out). */
    public synchronized void refresh() {
        LocalDate today = LocalDate.now(clock);
        Window window = figures.window(today);
        List<MultiGauge.Row<?>> duties = duties(window);
        List<MultiGauge.Row<?>> advice = advice(window);
        List<MultiGauge.Row<?>> open = open(window);
        for (MultiGauge[] g : gauges) {
            g[0].register(duties, true);
            g[1].register(advice, true);
            g[2].register(open, true);
        }
        refreshedAt = clock.millis() / 1000.0;
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException failure) {
            // The database may be away for a while; the last figures stay and the timestamp shows their age.
            log.warn("Timeliness metrics not refreshed: {}", failure.toString());
        }
    }

    private List<MultiGauge.Row<?>> duties(Window window) {
        Map<Tags, Long> counts = new HashMap<>();
        for (ClockCount c : queries.closedClocks(null, window.from(), window.today())) {
            Measure measure = Measure.ofClock(c.kind());
            if (measure != null) {
                counts.merge(dutyTags(c.council(), measure, c.onTime(), c.excepted()), c.count(), Long::sum);
            }
        }
        for (TransferCount t : queries.transfersOut(null, window.from(), window.today())) {
            counts.merge(dutyTags(t.council(), Measure.TRANSFER_OUT, t.onTime(), false), t.count(), Long::sum);
        }
        for (TransferCount t : queries.transfersIn(null, window.from(), window.today())) {
            counts.merge(dutyTags(t.council(), Measure.TRANSFER_IN, t.onTime(), false), t.count(), Long::sum);
        }
        return rows(counts);
    }

    private List<MultiGauge.Row<?>> advice(Window window) {
        Map<Tags, Long> counts = new HashMap<>();
        for (ClockCount c : queries.adviceByPartner(null, window.from(), window.today())) {
            counts.merge(Tags.of("council", c.council(), "party_role", c.waitingOn().role().name(),
                    "party", party(c.waitingOn().code()), "outcome", outcome(c.onTime())), c.count(), Long::sum);
        }
        return rows(counts);
    }

    private List<MultiGauge.Row<?>> open(Window window) {
        Map<Tags, Long> counts = new HashMap<>();
        for (OpenCount c : queries.openCountsOfEveryCouncil(window.today(), window.dueUntil())) {
            counts.merge(Tags.of("council", c.council(), "clock", c.kind().name(),
                    "party_role", c.waitingOn().role().name(), "party", party(c.waitingOn().code()),
                    "state", c.overdue() ? "overdue" : "due_soon"), c.count(), Long::sum);
        }
        return rows(counts);
    }

    private static Tags dutyTags(String council, Measure measure, boolean onTime, boolean excepted) {
        return Tags.of("council", council, "measure", measure.name(), "outcome", outcome(onTime),
                "exception", excepted ? "yes" : "no");
    }

    private static String outcome(boolean onTime) {
        return onTime ? "on_time" : "late";
    }

    private static String party(String code) {
        return code == null ? "none" : code;
    }

    private static List<MultiGauge.Row<?>> rows(Map<Tags, Long> counts) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        counts.forEach((tags, count) -> rows.add(MultiGauge.Row.of(tags, count)));
        return rows;
    }

    @Override
    public void destroy() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
