package uk.ehcexchange.model;

/**
 * How a council's system takes what the hub delivers to it, as the hub is configured for that council.
 *
 * @param format    {@code canonical-json}, {@code council-xml} or {@code csv} (caseload CSV)
 * @param transport the front door the council's system collects from: {@code rest} or {@code soap}
 */
public record InboundPreference(String format, String transport) {
}
