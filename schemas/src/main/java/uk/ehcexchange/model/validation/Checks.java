package uk.ehcexchange.model.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects violations while one document is walked, and holds the few primitive checks every rule uses. Messages
 * are fixed text: they describe the rule and never quote the value, because values may be personal data.
 */
final class Checks {

    /** Prose sections A–D can be long; anything beyond this is junk or an attack, not a plan. */
    static final int LONG_TEXT = 100_000;
    /** Outcome and provision descriptions, needs statements. */
    static final int MEDIUM_TEXT = 10_000;
    /** Names, roles, organisations, references, quantities. */
    static final int SHORT_TEXT = 2_000;
    /** No real plan has hundreds of outcomes or provision items in one section; the cap keeps storage bounded. */
    static final int MAX_ITEMS = 500;

    static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final List<Violation> violations = new ArrayList<>();
    private final LocalDate today;

    Checks(LocalDate today) {
        this.today = today;
    }

    LocalDate today() {
        return today;
    }

    List<Violation> violations() {
        return List.copyOf(violations);
    }

    void add(String field, String rule, String message) {
        violations.add(new Violation(field, rule, message));
    }

    static String at(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    static String index(String listPath, int i) {
        return listPath + "[" + i + "]";
    }

    /** @return whether the value is present, so callers can skip checks on its contents */
    boolean required(String field, Object value) {
        if (value == null) {
            add(field, "required", "is required");
            return false;
        }
        return true;
    }

    /** A required string must be present, not blank, and within its length cap. */
    boolean requiredText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            add(field, "required", "is required and must not be blank");
            return false;
        }
        return maxLength(field, value, maxLength);
    }

    /** An optional string, when present, must not be blank (blank means absent: send no field) and within its cap. */
    void optionalText(String field, String value, int maxLength) {
        if (value == null) {
            return;
        }
        if (value.isBlank()) {
            add(field, "not-blank", "must be omitted rather than blank");
            return;
        }
        maxLength(field, value, maxLength);
    }

    boolean maxLength(String field, String value, int maxLength) {
        if (value.length() > maxLength) {
            add(field, "max-length", "must be at most " + maxLength + " characters");
            return false;
        }
        if (!xmlCharacters(value)) {
            add(field, "no-control-characters", "must not contain control characters other than tab, line feed and"
                    + " carriage return, nor unpaired surrogates: council XML, SOAP and FHIR narratives cannot carry them");
            return false;
        }
        return true;
    }

    /** XML 1.0's Char production: what every format the hub writes text into can carry. */
    private static boolean xmlCharacters(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c == 0xFFFE || c == 0xFFFF) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    boolean requiredId(String field, String value) {
        if (!required(field, value)) {
            return false;
        }
        if (!ID.matcher(value).matches()) {
            add(field, "id-format", "must be 1 to 64 characters from A-Z, a-z, 0-9, '.', '_' and '-'");
            return false;
        }
        return true;
    }

    boolean requiredDate(String field, LocalDate value) {
        return required(field, value) && notInFuture(field, value);
    }

    boolean notInFuture(String field, LocalDate value) {
        if (value != null && value.isAfter(today)) {
            add(field, "not-in-future", "must not be later than today");
            return false;
        }
        return true;
    }

    /** @return whether the list may be walked; a list over the cap is reported once, not element by element */
    boolean maxItems(String field, List<?> list) {
        if (list.size() > MAX_ITEMS) {
            add(field, "max-items", "must have at most " + MAX_ITEMS + " entries");
            return false;
        }
        return true;
    }
}
