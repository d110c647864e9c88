package uk.ehcexchange.security;

import java.util.Objects;

/**
 * A package or receipt was refused. The message holds the reason code and a technical detail only: never content,
 * names or other personal data, because it ends up in logs and problem responses.
 */
public final class PackageRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final RejectionReason reason;

    public PackageRejectedException(RejectionReason reason, String detail) {
        this(reason, detail, null);
    }

    public PackageRejectedException(RejectionReason reason, String detail, Throwable cause) {
        super(Objects.requireNonNull(reason, "reason").code() + ": " + detail, cause);
        this.reason = reason;
    }

    public RejectionReason reason() {
        return reason;
    }
}
