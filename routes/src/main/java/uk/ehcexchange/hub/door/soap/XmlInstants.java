package uk.ehcexchange.hub.door.soap;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.time.Instant;

/** The SOAP service's {@code xs:dateTime} values are instants, written in UTC like the REST API's. */
public final class XmlInstants extends XmlAdapter<String, Instant> {

    @Override
    public Instant unmarshal(String lexical) {
        return lexical == null ? null : java.time.OffsetDateTime.parse(lexical.trim()).toInstant();
    }

    @Override
    public String marshal(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
