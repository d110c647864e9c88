package uk.ehcexchange.adapters.fhir;

import java.io.InputStream;
import java.util.function.Supplier;

/**
 * A document attached to health advice ({@code DocumentReference.content.attachment} with inline data).
 *
 * <p>The content is a supplier of fresh streams rather than a byte array: the base64 text is already in memory
 * once HAPI has parsed the Bundle, and each stream decodes it on the fly, so the hub can copy the document to its
 * store without a second whole-document copy on the heap. Each call starts from the beginning.
 *
 * @param documentReference the same value as the matching canonical {@code Attachment.documentReference}
 * @param sizeBytes         decoded size, checked against {@code Attachment.size} when the sender gave one
 * @param sha256            lower-case hex SHA-256 of the decoded content
 */
public record AdviceAttachment(
        String documentReference,
        String title,
        String contentType,
        long sizeBytes,
        String sha256,
        Supplier<InputStream> content) {
}
