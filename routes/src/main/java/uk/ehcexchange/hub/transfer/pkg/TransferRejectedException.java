package uk.ehcexchange.hub.transfer.pkg;

/**
 * A received package that no repeat can mend. Its {@code reasonCode} goes back to the sender in a REJECTED
 * receipt and into the audit trail.
 */
public class TransferRejectedException extends RuntimeException {

    private final String reasonCode;

    public TransferRejectedException(String reasonCode, String detail) {
        super(reasonCode + ": " + detail);
        this.reasonCode = reasonCode;
    }

    public TransferRejectedException(String reasonCode, String detail, Throwable cause) {
        super(reasonCode + ": " + detail, cause);
        this.reasonCode = reasonCode;
    }

    public String reasonCode() {
        return reasonCode;
    }
}
