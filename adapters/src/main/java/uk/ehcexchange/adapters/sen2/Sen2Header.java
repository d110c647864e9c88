package uk.ehcexchange.adapters.sen2;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The return's Header: CollectionDetails and Source.
 *
 * @param year          the collection year (e.g. 2027), written as Year
 * @param referenceDate the census (survey) day, written as ReferenceDate
 * @param lea           the council's 3-digit DfE LA number
 * @param serialNo      3 digits, distinguishing files the council makes for one collection
 * @param dmo           Y, N or R: the council has a Designated Medical Officer (R = recruitment in progress)
 * @param dco           Y, N or R: Designated Clinical Officer
 * @param dsco          Y, N or R: Designated Social Care Officer
 */
public record Sen2Header(int year, LocalDate referenceDate, String lea, String softwareCode, String release,
                         String serialNo, OffsetDateTime dateTime, String dmo, String dco, String dsco) {
}
