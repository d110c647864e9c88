package uk.ehcexchange.transfer;

/**
 * One part of a container as listed in its manifest.
 *
 * @param name      the ZIP entry name, following the part naming rules ({@link PartNames})
 * @param role      what the part is; must match the folder in {@code name}
 * @param mediaType e.g. {@code application/json}, {@code application/pdf}
 * @param size      the number of bytes of the part's content (uncompressed)
 * @param sha256    lower-case hex SHA-256 of the part's content (uncompressed)
 */
public record ManifestPart(String name, PartRole role, String mediaType, long size, String sha256) {
}
