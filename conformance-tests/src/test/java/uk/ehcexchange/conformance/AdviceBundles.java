package uk.ehcexchange.conformance;

import static uk.ehcexchange.conformance.RunningHub.TRUST;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import uk.ehcexchange.adapters.fhir.AdviceBundleContext;
import uk.ehcexchange.adapters.fhir.FhirAdviceMapper;
import uk.ehcexchange.model.CanonicalJson;
import uk.ehcexchange.model.HealthAdvice;

/**
 * What the trust's system sends: its health advice for a Task, about the golden plan's child, with the clinic
 * letter attached as a PDF, as a FHIR document Bundle or a BaRS-style message Bundle.
 */
final class AdviceBundles {

    static final String REPORT = "ADV/clinic-letter.pdf";
    private static final FhirAdviceMapper MAPPER = new FhirAdviceMapper(TrustSystem.FHIR);

    private AdviceBundles() {
    }

    static byte[] report(String requestId) {
        return ("%PDF-1.4\n% clinic letter for advice request " + requestId + "\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    static HealthAdvice advice(String requestId) {
        return advice(requestId, report(requestId));
    }

    /** The advice with another clinic letter attached; send it with {@link #document(HealthAdvice, byte[])}. */
    static HealthAdvice advice(String requestId, byte[] report) {
        ObjectNode json = AdviceRequestTest.healthAdvice(requestId);
        json.withArray("attachments").addObject().put("documentReference", REPORT).put("title", "Clinic letter")
                .put("mediaType", "application/pdf").put("sizeBytes", report.length).put("sha256", sha256(report));
        return withChild(json, null);
    }

    /** The advice with another NHS number for the child (null keeps the golden one). */
    static HealthAdvice withChild(ObjectNode json, String nhsNumber) {
        if (nhsNumber != null) {
            ((ObjectNode) json.get("child")).put("nhsNumber", nhsNumber);
        }
        try {
            return CanonicalJson.mapper().treeToValue(json, HealthAdvice.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Bundle document(HealthAdvice advice) {
        return document(advice, report(advice.requestReference()));
    }

    static Bundle document(HealthAdvice advice, byte[] report) {
        return MAPPER.toAdviceBundle(advice, new AdviceBundleContext(TRUST.toLowerCase() + "-" + UUID.randomUUID(),
                Instant.now(), Map.of(REPORT, report)));
    }

    static Bundle message(HealthAdvice advice) {
        return MAPPER.toAdviceMessage(advice, context(advice));
    }

    static String json(Bundle bundle) {
        return TrustSystem.FHIR.newJsonParser().encodeResourceToString(bundle);
    }

    private static AdviceBundleContext context(HealthAdvice advice) {
        return new AdviceBundleContext(TRUST.toLowerCase() + "-" + UUID.randomUUID(), Instant.now(),
                Map.of(REPORT, report(advice.requestReference())));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
