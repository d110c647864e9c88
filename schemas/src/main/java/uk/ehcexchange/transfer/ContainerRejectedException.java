package uk.ehcexchange.transfer;

import java.util.Objects;

/**
 * A transfer container was refused. The message names the rejection code and at most a part name or a manifest
 * field path; it never carries document content or personal data, and no parser exception (whose message could
 * quote content) is attached as the cause.
 */
public final class ContainerRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final ContainerRejection rejection;
    private final String partName;

    public ContainerRejectedException(ContainerRejection rejection, String partName, String detail) {
        super(rejection.code() + (partName == null ? "" : " [" + partName + "]") + ": " + detail);
        this.rejection = Objects.requireNonNull(rejection, "rejection");
        this.partName = partName;
    }

    public ContainerRejection rejection() {
        return rejection;
    }

    /** The stable code, e.g. {@code missing-part}. */
    public String code() {
        return rejection.code();
    }

    /** The part concerned, already safe for logs; {@code null} when the rejection is not about one part. */
    public String partName() {
        return partName;
    }
}
