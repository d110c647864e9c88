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
        return lexical == null ? null : LocalDate.parse(lexical.trim());
    }

    @Override
    public String marshal(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
