package uk.ehcexchange.hub.config;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The hub's operators ({@code ehc.operators[n].*}): the people who work the management port's operator API, such as
 * the list of failed deliveries. Each is named, so that the audit trail says who retried or discarded what.
 */
@ConfigurationProperties("ehc")
public record OperatorProperties(List<Operator> operators) {

    public OperatorProperties {
        operators = operators == null ? List.of() : List.copyOf(operators);
    }

    /**
     * @param name         who the operator is, as the audit trail names them ({@code operator:<name>})
     * @param apiKeySha256 lower-case hex SHA-256 of the operator's key; the key itself is never configured
     */
    public record Operator(String name, String apiKeySha256) {
    }
}
