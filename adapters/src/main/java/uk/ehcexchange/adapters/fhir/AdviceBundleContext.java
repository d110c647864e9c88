package uk.ehcexchange.adapters.fhir;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What an advice Bundle needs besides the canonical advice: used to build the Bundles a trust would send (test
 * fixtures, benchmarks, demo clients).
 *
 * @param bundleId          {@code Bundle.id} and {@code Bundle.identifier.value}; 1-64 of {@code A-Za-z0-9-.}
 * @param timestamp         {@code Bundle.timestamp}
 * @param attachmentContent document content by canonical {@code Attachment.documentReference}
 */
public record AdviceBundleContext(String bundleId, Instant timestamp, Map<String, byte[]> attachmentContent) {
    public AdviceBundleContext {
        Objects.requireNonNull(bundleId, "bundleId");
        Objects.requireNonNull(timestamp, "timestamp");
        attachmentContent = Map.copyOf(attachmentContent);
        if (!bundleId.matches("[A-Za-z0-9\\-.]{1,64}")) {
            throw new IllegalArgumentException("bundleId must be a FHIR id: 1-64 of A-Za-z0-9-.");
        }
    }
}
