package uk.ehcexchange.adapters.fhir;

import java.time.Instant;
import java.util.Objects;

/**
 * What a plan document needs besides the plan itself. Kept out of the plan so that the mapping stays a pure
 * function: the same plan and context always give the same Bundle, byte for byte.
 *
 * @param bundleId    the document's identity, {@code Bundle.identifier.value} (and {@code Bundle.id}): one per
 *                    sending, e.g. the hub's outbound message id; 1-64 of {@code A-Za-z0-9-.}
 * @param timestamp   when the document was assembled: {@code Bundle.timestamp} and {@code Composition.date}
 * @param councilName the owning council's name, for the custodian Organization (its LA code comes from the plan)
 */
public record PlanBundleContext(String bundleId, Instant timestamp, String councilName) {
    public PlanBundleContext {
        Objects.requireNonNull(bundleId, "bundleId");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(councilName, "councilName");
        if (!bundleId.matches("[A-Za-z0-9\\-.]{1,64}")) {
            throw new IllegalArgumentException("bundleId must be a FHIR id: 1-64 of A-Za-z0-9-.");
        }
    }
}
