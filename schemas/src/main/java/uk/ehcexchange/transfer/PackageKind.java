package uk.ehcexchange.transfer;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a transfer package moves. A plan package (reg 15) carries exactly one plan; an assessment package carries an
 * EHC needs assessment still in progress (the request and the advice gathered so far) to the council that became
 * responsible for the child under CFA 2014 s24 (regs 5, 10, 13), and no plan. The manifest names the kind only for
 * an assessment, so a plan manifest is byte for byte what it was before kinds existed, and a receiver that does not
 * know the field refuses an assessment package as {@code manifest-invalid} instead of misreading it.
 */
public enum PackageKind {
    /** Reg 15: a final plan and its section K documents. The default when the manifest has no {@code kind}. */
    PLAN("plan"),
    /** An assessment in progress: {@code assessment/request.json} and the advice gathered so far, no plan. */
    ASSESSMENT("assessment");

    private final String code;

    PackageKind(String code) {
        this.code = code;
    }

    /** The value written in the manifest's {@code kind}. */
    @JsonValue
    public String code() {
        return code;
    }

    /** The kind with this manifest value, or {@code null}. */
    public static PackageKind fromCode(String code) {
        for (PackageKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        return null;
    }
}
