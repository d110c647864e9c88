package uk.ehcexchange.transfer;

/** Why a receiver rejected a transfer container. The codes are stable and published in the format spec. */
public enum ContainerRejection {
    /** Not a readable ZIP archive: bad headers or CRC, truncated, encrypted, unsupported method, entry after the manifest. */
    MALFORMED_CONTAINER("malformed-container"),
    /** The archive has parts but no {@code manifest.json}. */
    MANIFEST_MISSING("manifest-missing"),
    /** {@code manifest.json} is not valid JSON, breaks the manifest schema or rules, or is too large. */
    MANIFEST_INVALID("manifest-invalid"),
    /** {@code formatVersion} is a string other than {@code "1"}. */
    UNSUPPORTED_FORMAT_VERSION("unsupported-format-version"),
    /** A part's SHA-256 differs from the manifest. */
    PART_DIGEST_MISMATCH("part-digest-mismatch"),
    /** A part's size differs from the manifest. */
    PART_SIZE_MISMATCH("part-size-mismatch"),
    /** The manifest lists a part the archive does not have. */
    MISSING_PART("missing-part"),
    /** The archive has a part the manifest does not list. */
    UNEXPECTED_PART("unexpected-part"),
    /** Two entries of the archive have the same name. */
    DUPLICATE_PART("duplicate-part"),
    /** An entry name breaks the naming rules (path traversal, directories, case, length, unknown folder). */
    UNSAFE_PART_NAME("unsafe-part-name"),
    /** More parts than the receiver's limit (at most 1,000 in format v1). */
    TOO_MANY_PARTS("too-many-parts"),
    /** A part or the whole container exceeds the receiver's size limits. */
    CONTAINER_TOO_LARGE("container-too-large"),
    /** An entry expands more than the receiver's maximum compression ratio (a ZIP bomb). */
    COMPRESSION_RATIO_EXCEEDED("compression-ratio-exceeded");

    private final String code;

    ContainerRejection(String code) {
        this.code = code;
    }

    /** The stable kebab-case code, e.g. {@code part-digest-mismatch}. */
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }
}
