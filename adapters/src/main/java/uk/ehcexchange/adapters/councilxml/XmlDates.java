package uk.ehcexchange.adapters.councilxml;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.time.LocalDate;

/**
 * Council XML dates are plain {@code yyyy-mm-dd} (the schema forbids a time zone), read as {@link LocalDate} like
 * the canonical model. Bound to {@code xs:date} for every generated type, here and in the SOAP service.
 */
public final class XmlDates extends XmlAdapter<String, LocalDate> {

    @Override
    public LocalDate unmarshal(String lexical) {
        return lexical == null ? null : parse(lexical.trim());
    }

    @Override
    public String marshal(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /**
     * The schema's form, four digits, two and two, read directly (a plan has dozens of dates, and the general ISO
     * parser cost a tenth of binding one); anything else goes to that parser, which refuses it or reads it alike.
     */
    static LocalDate parse(String date) {
        if (date.length() == 10 && date.charAt(4) == '-' && date.charAt(7) == '-') {
            int year = digits(date, 0, 4);
            int month = digits(date, 5, 7);
            int day = digits(date, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(date);
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
