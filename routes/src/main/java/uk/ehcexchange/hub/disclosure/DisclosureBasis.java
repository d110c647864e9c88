package uk.ehcexchange.hub.disclosure;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One recorded basis for disclosing a child's plan for a purpose, to one body or (recipient absent) to any body the
 * purpose concerns. Identifiers and dates only: no personal data.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DisclosureBasis(String basisId, String planId, String council, DisclosurePurpose purpose,
                              String recipient, BasisKind kind, ConsentGivenBy consentGivenBy,
                              LocalDate consentGivenOn, Reg17Purpose statutoryPurpose, String duty, String recordedBy,
                              Instant recordedAt, LocalDate withdrawnOn) {

    /** True when this basis allows disclosing to {@code body} on {@code day}. */
    public boolean allows(String body, LocalDate day) {
        boolean toThisBody = recipient == null || recipient.equals(body);
        boolean started = kind != BasisKind.CONSENT || !consentGivenOn.isAfter(day);
        boolean notWithdrawn = withdrawnOn == null || withdrawnOn.isAfter(day);
        return toThisBody && started && notWithdrawn;
    }

    /** How the audit trail names it: the id, then what it is, within the trail's 200 characters. */
    public String auditName() {
        String what = switch (kind) {
            case CONSENT -> "CONSENT " + consentGivenBy + " " + consentGivenOn;
            case STATUTORY_PURPOSE -> "STATUTORY_PURPOSE " + statutoryPurpose;
            case STATUTORY_DUTY -> "STATUTORY_DUTY " + shortDuty();
        };
        return "basis=" + basisId + " " + what;
    }

    private String shortDuty() {
        int colon = duty.indexOf(':');
        return (colon < 0 ? duty : duty.substring(0, colon)).replace("SEND Regulations 2014 ", "SEND Regs 2014 ");
    }
}
