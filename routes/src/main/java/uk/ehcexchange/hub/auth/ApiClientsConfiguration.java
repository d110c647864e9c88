package uk.ehcexchange.hub.auth;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.ehcexchange.hub.config.HubProperties;
import uk.ehcexchange.hub.core.ClientRole;
import uk.ehcexchange.hub.directory.AuthorityDirectory;

@Configuration(proxyBeanMethods = false)
public class ApiClientsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ApiClientsConfiguration.class);

    @Bean
    ApiKeyRegistry apiKeyRegistry(HubProperties properties, AuthorityDirectory directory) {
        List<HubProperties.Client> clients = new ArrayList<>(properties.clients());
        if (properties.demoMode()) {
            clients.addAll(throwawayDemoClients(properties.dataDir(), directory));
        }
        return new ApiKeyRegistry(clients, directory);
    }

    /**
     * The README's whole-journey walk-through has every party answer over its own key: Hertfordshire's social care
     * team, its educational psychology service, one of its schools (Oakfield, an invented URN) and its community
     * trust (RY4, configured in application-demo.yml) each get a throwaway key beside the councils'.
     * Each row: key-file name, client id, authority, role, establishment.
     */
    private static final List<String[]> DEMO_PARTNERS = List.of(
            new String[] {"social-care.919", "demo-social-care-919", "919", "SOCIAL_CARE", null},
            new String[] {"educational-psychology.919", "demo-educational-psychology-919", "919",
                "EDUCATIONAL_PSYCHOLOGY", null},
            new String[] {"school.117342", "demo-school-117342", "919", "SCHOOL", "117342"},
            new String[] {"health.RY4", "demo-health-RY4", "RY4", "COUNCIL_SYSTEM", null});

    /**
     * Demonstration mode invents a key per demo council (and per demo partner of Hertfordshire's) at every start and
     * writes the keys, readable by the owner only, beside the embedded database. They are never logged and never part
     * of the configuration.
     */
    private static List<HubProperties.Client> throwawayDemoClients(Path dataDir, AuthorityDirectory directory) {
        List<HubProperties.Client> clients = new ArrayList<>();
        StringBuilder file = new StringBuilder("# DEMONSTRATION ONLY: throwaway API keys, replaced at every start.\n");
        for (String council : HubProperties.DEMO_COUNCILS) {
            String key = ApiKeys.generate();
            clients.add(new HubProperties.Client("demo-" + council, council, ApiKeys.sha256Hex(key)));
            file.append("council.").append(council).append('=').append(key).append('\n');
        }
        for (String[] partner : DEMO_PARTNERS) {
            // A demo hub configured without the trust (tests that set their own directory) gets no key for it.
            if (directory.find(partner[2]).isEmpty()) {
                continue;
            }
            String key = ApiKeys.generate();
            clients.add(new HubProperties.Client(partner[1], partner[2], ApiKeys.sha256Hex(key),
                    ClientRole.valueOf(partner[3]), partner[4]));
            file.append(partner[0]).append('=').append(key).append('\n');
        }
        Path keyFile = dataDir.resolve("demo-api-keys.properties").toAbsolutePath();
        DemoSecretFiles.write(keyFile, file.toString(), "the demo API keys");
        log.warn("DEMO MODE: throwaway API keys for councils {} and Hertfordshire's partners written to {}. Not for"
                + " real data.", HubProperties.DEMO_COUNCILS, keyFile);
        return clients;
    }
}
