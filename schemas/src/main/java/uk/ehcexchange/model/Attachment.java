package uk.ehcexchange.model;

/**
 * A document attached to advice or an assessment. The content travels separately; this is its description.
 *
 * @param sha256 lower-case hex SHA-256 of the content, so a receiver can check what it got
 */
public record Attachment(String documentReference, String title, String mediaType, long sizeBytes, String sha256) {
}
