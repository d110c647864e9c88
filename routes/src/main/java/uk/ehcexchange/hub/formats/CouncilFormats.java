package uk.ehcexchange.hub.formats;

import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.directory.AuthorityDirectory;
import uk.ehcexchange.hub.formats.CouncilFormatProperties.InboundFormat;
import uk.ehcexchange.hub.formats.CouncilFormatProperties.Preference;
import uk.ehcexchange.hub.formats.CouncilFormatProperties.Transport;

/**
 * Each council's preferred inbound format and transport. Whatever format a plan was sent in, it is held in the
 * canonical model and rendered in the receiver's format when the receiver collects it: council XML over SOAP always,
 * and over REST when the council prefers it (or asks with {@code Accept: application/xml}); caseload CSV for received
 * plans over REST when the council prefers it (or asks with {@code Accept: text/csv}).
 */
@Component
public class CouncilFormats {

    static final Preference DEFAULT = new Preference(InboundFormat.CANONICAL_JSON, Transport.REST);

    private final CouncilFormatProperties properties;

    public CouncilFormats(CouncilFormatProperties properties, AuthorityDirectory directory) {
        properties.councils().forEach((council, preference) -> {
            if (!directory.isCouncil(council)) {
                throw new IllegalStateException("ehc.councils." + council + ": not an English LA code");
            }
            if (preference.format() == null || preference.transport() == null) {
                throw new IllegalStateException("ehc.councils." + council + ": format and transport must be valid values");
            }
        });
        this.properties = properties;
    }

    public Preference of(String council) {
        return properties.councils().getOrDefault(council, DEFAULT);
    }
}
