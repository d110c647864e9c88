package uk.ehcexchange.hub.door.rest;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The council REST API's door, reported as {@code rest} by /readyz and actuator health. It needs nothing beyond
 * what the node itself needs (the database and the broker, reported beside it), so it is up whenever the node is
 * taking traffic; it is listed so that a load balancer and an operator see every door by name.
 */
@Component("restHealthIndicator")
class RestDoorHealth implements HealthIndicator {

    @Override
    public Health health() {
        return Health.up().withDetail("path", "/api/v1").build();
    }
}
