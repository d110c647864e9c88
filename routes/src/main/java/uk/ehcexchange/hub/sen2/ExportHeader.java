package uk.ehcexchange.hub.sen2;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.model.validation.Violation;

/**
 * The header items the council answers for itself rather than the hub knowing them: whether it has a Designated
 * Medical Officer (DMO), Designated Clinical Officer (DCO) and Designated Social Care Officer (DSCO), each Y, N or R
 * (recruitment in progress), and the file's 3-digit serial number. Given with each export; when absent, taken from
 * the {@code ehc.sen2.councils.<LA code>.*} settings.
 */
public record ExportHeader(String dmo, String dco, String dsco, String serialNo) {

    private static final Set<String> YES_NO_RECRUITING = Set.of("Y", "N", "R");

    /** These values, each falling back to {@code settings}; a missing or wrong one is a 400 naming the field. */
    ExportHeader completedBy(Sen2Properties.Council settings) {
        ExportHeader merged = settings == null ? this : new ExportHeader(or(dmo, settings.dmo()), or(dco, settings.dco()),
                or(dsco, settings.dsco()), or(serialNo, settings.serialNo()));
        List<Violation> violations = new ArrayList<>();
        officer(merged.dmo, "dmo", "Designated Medical Officer", violations);
        officer(merged.dco, "dco", "Designated Clinical Officer", violations);
        officer(merged.dsco, "dsco", "Designated Social Care Officer", violations);
        String serial = merged.serialNo == null ? "001" : merged.serialNo;
        if (!serial.matches("\\d{3}")) {
            violations.add(new Violation("serialNo", "sen2-serial-no", "must be 3 digits, e.g. 001"));
        }
        if (!violations.isEmpty()) {
            throw RejectedException.invalid(violations, null);
        }
        return new ExportHeader(merged.dmo, merged.dco, merged.dsco, serial);
    }

    private static void officer(String value, String field, String who, List<Violation> violations) {
        if (value == null) {
            violations.add(new Violation(field, "required", "is required: Y, N or R (recruitment in progress) - "
                    + "whether the council has a " + who + "; give it with the export or set ehc.sen2.councils"
                    + ".<LA code>." + field));
        } else if (!YES_NO_RECRUITING.contains(value)) {
            violations.add(new Violation(field, "sen2-designated-officer", "must be Y, N or R"));
        }
    }

    private static String or(String given, String setting) {
        return given == null || given.isBlank() ? setting : given;
    }
}
