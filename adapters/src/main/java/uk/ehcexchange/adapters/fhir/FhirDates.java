package uk.ehcexchange.adapters.fhir;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Type;

/** Canonical dates are calendar days; FHIR dates and dateTimes carry them as their first ten characters. */
final class FhirDates {

    private FhirDates() {
    }

    static DateType date(LocalDate day) {
        return day == null ? null : new DateType(day.toString());
    }

    /**
     * The calendar day a date or dateTime names (a dateTime's own day, in its own offset), or null with an issue
     * when it is only a year or a month.
     */
    static LocalDate day(Type value, BundleReader reader, String expression) {
        if (!(value instanceof BaseDateTimeType dateTime) || !dateTime.hasValue()) {
            if (value != null && !value.isEmpty()) {
                reader.error(IssueType.VALUE, expression, "a date is required here");
            }
            return null;
        }
        String text = dateTime.getValueAsString();
        try {
            if (text.length() >= 10) {
                return LocalDate.parse(text.substring(0, 10));
            }
        } catch (DateTimeParseException e) {
            // falls through to the issue below
        }
        reader.error(IssueType.VALUE, expression, "a full date (year, month and day) is required");
        return null;
    }
}
