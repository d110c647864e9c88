package uk.ehcexchange.hub.bulk;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcClientAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import uk.ehcexchange.hub.audit.AuditRecorder;
import uk.ehcexchange.hub.audit.JdbcAuditTrail;
import uk.ehcexchange.hub.config.ClockConfiguration;
import uk.ehcexchange.hub.config.JsonConfiguration;
import uk.ehcexchange.hub.idempotency.IdempotentRequests;
import uk.ehcexchange.hub.plan.PlanRepository;
import uk.ehcexchange.hub.plan.PlanService;

/**
 * The part of the hub that bulk import needs — its database (with the Flyway migrations) and the plan service with the
 * rules the API applies — without the web server, the broker or the routes. It is configured exactly like the hub
 * (application.yml beside the jar, environment variables, {@code --spring.*} and {@code --ehc.*} arguments), so the
 * CLI finds the same database the hub uses.
 *
 * <p>Deliberately not a {@code @Configuration}: the hub's component scan must not pick it up.
 */
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        TransactionAutoConfiguration.class, JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class,
        FlywayAutoConfiguration.class})
@Import({PlanService.class, PlanRepository.class, IdempotentRequests.class, AuditRecorder.class, JdbcAuditTrail.class,
        JsonConfiguration.class, ClockConfiguration.class, ImportRuns.class, CaseloadImporter.class})
public class BulkImportContext {

    /** H2's error code for a database file held by another process. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    /** The embedded H2 database of a running hub is locked by that hub; the CLI says so rather than failing obscurely. */
    public static final class DatabaseInUseException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DatabaseInUseException(Throwable cause) {
            super("the hub's embedded database is in use by another process, probably the running hub: stop the hub "
                    + "and run the import again, or run the hub on PostgreSQL (docs/operations.md), which both can "
                    + "use at once", cause);
        }
    }

    @Bean
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }

    /**
     * @param hubSettings the hub's own settings as arguments, e.g. {@code --ehc.data-dir=/var/lib/ehc}
     * @throws DatabaseInUseException when the embedded database is locked by another process
     */
    public static ConfigurableApplicationContext start(List<String> hubSettings) {
        try {
            return new SpringApplicationBuilder(BulkImportContext.class)
                    .web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    // Standard output is the CLI's report; the hub's start-up log would drown it, and a start-up
                    // failure is reported by the CLI in one line rather than as Spring's stack trace.
                    .properties(Map.of("logging.level.root", "WARN", "logging.level.org.flywaydb", "ERROR",
                            "logging.level.org.springframework.boot.SpringApplication", "OFF",
                            "logging.level.org.springframework.boot.diagnostics", "OFF"))
                    .run(hubSettings.toArray(String[]::new));
        } catch (RuntimeException e) {
            if (heldByAnotherProcess(e)) {
                throw new DatabaseInUseException(e);
            }
            throw e;
        }
    }

    private static boolean heldByAnotherProcess(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                return true;
            }
        }
        return false;
    }
}
