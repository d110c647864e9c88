package uk.ehcexchange.hub.config;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Production uses PostgreSQL. The embedded H2 database in a file under {@code ehc.data-dir} is the demonstration's
 * default, and a hub that reaches production on it by a forgotten setting loses the several-node setup, the backups
 * and the operations tooling without anyone noticing. So a hub that is not in demo mode refuses to start on an
 * embedded H2 database unless {@code ehc.database.allow-embedded=true} says it is meant (a test rig, a trial), and
 * then warns at every start.
 *
 * <p>A bean factory post-processor, so the check runs before any other bean is made: the refusal is the first and
 * only error of the start. An in-memory H2 database ({@code jdbc:h2:mem:}) is obviously no production store and
 * needs no setting. The operator CLI ({@code import-caseload}) opens the database through its own small context and
 * is not checked: it runs against whatever database the hub is configured with, and the README's walk-through runs
 * it on the embedded one.
 */
@Component
class EmbeddedDatabaseGuard implements BeanFactoryPostProcessor, EnvironmentAware {

    static final String ALLOW_EMBEDDED = "ehc.database.allow-embedded";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseGuard.class);

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        check(environment.getProperty("spring.datasource.url", ""),
                Binder.get(environment).bind("ehc.demo-mode", Boolean.class).orElse(false),
                Binder.get(environment).bind(ALLOW_EMBEDDED, Boolean.class).orElse(false));
    }

    static void check(String url, boolean demoMode, boolean allowEmbedded) {
        if (demoMode || !isEmbeddedH2(url)) {
            return;
        }
        if (!allowEmbedded) {
            throw new IllegalStateException("The hub is not in demo mode but its database is the embedded H2 file ("
                    + "spring.datasource.url=" + url + "). Production uses PostgreSQL: set spring.datasource.url to "
                    + "jdbc:postgresql://… (docs/operations.md). To run on the embedded database anyway, e.g. for a "
                    + "trial, set " + ALLOW_EMBEDDED + "=true.");
        }
        log.warn("The hub runs on the embedded H2 database ({}) because {}=true; production uses PostgreSQL "
                + "(docs/operations.md)", url, ALLOW_EMBEDDED);
    }

    /** Any H2 database but an in-memory one: a file (jdbc:h2:file:, jdbc:h2:./…, jdbc:h2:~/…) or an H2 server. */
    static boolean isEmbeddedH2(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:h2:mem:");
    }
}
