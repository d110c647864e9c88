package uk.ehcexchange.adapters.fhir;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.hl7.fhir.r4.model.Coding;

/**
 * What an advice Bundle needs besides the canonical advice: used to build the Bundles a trust would send (test
 * fixtures, benchmarks, demo clients).
 *
 * @param bundleId          {@code Bundle.id} and {@code Bundle.identifier.value}; 1-64 of {@code A-Za-z0-9-.}
 * @param timestamp         {@code Bundle.timestamp}
 * @param attachmentContent document content by canonical {@code Attachment.documentReference}
 * @param needCodes         SNOMED CT (or other) codings for needs, by the need's text: the canonical model keeps
 *                          needs as text only, a trust's system codes its Conditions
 */
public record AdviceBundleContext(
        String bundleId, Instant timestamp, Map<String, byte[]> attachmentContent, Map<String, Coding> needCodes) {

    public AdviceBundleContext(String bundleId, Instant timestamp, Map<String, byte[]> attachmentContent) {
        this(bundleId, timestamp, attachmentContent, Map.of());
    }

    public AdviceBundleContext {
        Objects.requireNonNull(bundleId, "bundleId");
        Objects.requireNonNull(timestamp, "timestamp");
        attachmentContent = Map.copyOf(attachmentContent);
        needCodes = Map.copyOf(needCodes);
        if (!bundleId.matches("[A-Za-z0-9\\-.]{1,64}")) {
            throw new IllegalArgumentException("bundleId must be a FHIR id: 1-64 of A-Za-z0-9-.");
        }
    }
}
