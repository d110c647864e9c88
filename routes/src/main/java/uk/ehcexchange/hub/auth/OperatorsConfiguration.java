package uk.ehcexchange.hub.auth;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.ehcexchange.hub.config.HubProperties;
import uk.ehcexchange.hub.config.OperatorProperties;

@Configuration(proxyBeanMethods = false)
public class OperatorsConfiguration {

    /** The operator demo mode invents, and the file beside the demo API keys that holds its key (and only that). */
    public static final String DEMO_OPERATOR = "demo-operator";
    public static final String DEMO_KEY_FILE = "demo-operator-key";

    private static final Logger log = LoggerFactory.getLogger(OperatorsConfiguration.class);

    @Bean
    OperatorRegistry operatorRegistry(OperatorProperties properties, HubProperties hub) {
        List<OperatorProperties.Operator> operators = new ArrayList<>(properties.operators());
        if (hub.demoMode()) {
            operators.add(throwawayDemoOperator(hub.dataDir()));
        }
        OperatorRegistry registry = new OperatorRegistry(operators, hub.clients().stream()
                .map(HubProperties.Client::apiKeySha256).collect(Collectors.toSet()));
        if (registry.isEmpty()) {
            log.info("No operators are configured (ehc.operators): the operator API on the management port refuses "
                    + "every call");
        }
        return registry;
    }

    /**
     * Demonstration mode invents an operator key at every start, like the councils' keys, and writes it alone in a
     * file readable by the owner only, so that {@code ehc-hub deliveries --key-file} can read it as it is.
     */
    private static OperatorProperties.Operator throwawayDemoOperator(Path dataDir) {
        String key = ApiKeys.generate();
        Path keyFile = dataDir.resolve(DEMO_KEY_FILE).toAbsolutePath();
        DemoSecretFiles.write(keyFile, key + "\n", "the demo operator key");
        log.warn("DEMO MODE: a throwaway operator key ({}) written to {}. Not for real data.", DEMO_OPERATOR, keyFile);
        return new OperatorProperties.Operator(DEMO_OPERATOR, ApiKeys.sha256Hex(key));
    }
}
