package uk.ehcexchange.hub.door.operator;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.hub.delivery.DeliveryOperations;
import uk.ehcexchange.hub.delivery.DeliveryStatus;
import uk.ehcexchange.hub.door.OperatorAuthentication;

/**
 * The operators' door to the outbox, on the management port only:
 * <ul>
 *   <li>{@code GET /actuator/deliveries?status=FAILED&limit=100} — the work list (FAILED unless another status is
 *       asked for), oldest first;</li>
 *   <li>{@code GET /actuator/deliveries/{id}} — one delivery;</li>
 *   <li>{@code POST /actuator/deliveries/{id}/retry} — a FAILED delivery goes again;</li>
 *   <li>{@code POST /actuator/deliveries/{id}/discard} with {@code {"reason": "..."}} — a FAILED delivery is given
 *       up.</li>
 * </ul>
 *
 * <p>Why an actuator endpoint rather than an MVC controller: with {@code management.server.port} set, the management
 * port is a child context with a dispatcher of its own, and an endpoint is what Spring Boot serves there — the bean
 * lives in the hub's context, so it uses the services directly, and it can never be reached on the API port, whose
 * dispatcher does not know it. A controller would need a {@code @ManagementContextConfiguration} kept out of the
 * component scan (or the deprecated {@code @RestControllerEndpoint}). Who may call it is decided in front, by
 * {@link OperatorSecurityConfiguration}: only a named operator with their key. Refusals thrown here are
 * {@link RejectedException}s, which the child dispatcher hands to the REST door's exception handler (controller advice
 * is found in the parent context too), so they come back as the same audited problem documents.
 */
@Component
@Endpoint(id = "deliveries")
public class DeliveriesEndpoint {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final DeliveryOperations operations;

    public DeliveriesEndpoint(DeliveryOperations operations) {
        this.operations = operations;
    }

    /** Status and limit are read as text so that a bad value is this API's 400 problem, not the actuator's own. */
    @ReadOperation
    public List<DeliveryView> list(@Nullable String status, @Nullable String limit) {
        return operations.list(status(status), limit(limit)).stream().map(DeliveryView::of).toList();
    }

    @ReadOperation
    public DeliveryView find(@Selector String deliveryId) {
        return DeliveryView.of(operations.find(deliveryId));
    }

    /** {@code retry} or {@code discard} (with a reason), by the operator who presented their key. */
    @WriteOperation
    public DeliveryView resolve(SecurityContext security, @Selector String deliveryId, @Selector String action,
                                @Nullable String reason) {
        String operator = OperatorAuthentication.actor(security.getPrincipal().getName());
        return DeliveryView.of(switch (action) {
            case "retry" -> operations.retry(operator, deliveryId);
            case "discard" -> operations.discard(operator, deliveryId, reason);
            default -> throw RejectedException.of(Rejection.NOT_FOUND, "action", "retry-or-discard",
                    "a delivery can be retried or discarded; there is no '" + action + "'", deliveryId);
        });
    }

    private static DeliveryStatus status(String status) {
        if (status == null || status.isBlank()) {
            return DeliveryStatus.FAILED;
        }
        try {
            return DeliveryStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RejectedException.of(Rejection.INVALID_VALUE, "status", "delivery-status",
                    "status must be one of " + List.of(DeliveryStatus.values()), null);
        }
    }

    private static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw RejectedException.of(Rejection.INVALID_VALUE, "limit", "range-1-" + MAX_LIMIT,
                "limit must be a whole number from 1 to " + MAX_LIMIT, null);
    }
}
