package uk.ehcexchange.hub.sen2;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.core.Rejection;

/**
 * What one SEN2 collection covers. The DfE's data guidance says a return covers plans active on the January census
 * day plus requests, assessments, new plans and ceased plans in the previous calendar year; witan.sen2 models a
 * return as spanning the previous census day to this one. The exact boundaries are unverified (the DfE guide was not
 * read), so the hub reads them as the union of both: the period runs from 1 January of the previous calendar year
 * to the census day itself, both inclusive. Work in the first weeks of January therefore appears in two returns
 * rather than in none; nothing dated after the census day counts (the return is "as at" that day).
 *
 * @param start         1 January of the year before the collection
 * @param referenceDate the census (survey) day, ReferenceDate in the header; also the period's last day
 */
public record CollectionPeriod(int year, LocalDate start, LocalDate referenceDate) {

    /** Census days as gov.uk published them (2024-25 on 2023-12-01, 2026-27 on 2025-09-26). */
    static final Map<Integer, LocalDate> CENSUS_DAYS = new TreeMap<>(Map.of(
            2024, LocalDate.of(2024, 1, 18),
            2025, LocalDate.of(2025, 1, 16),
            2026, LocalDate.of(2026, 1, 15),
            2027, LocalDate.of(2027, 1, 21)));

    public static CollectionPeriod of(String year) {
        Integer parsed = null;
        if (year != null && year.matches("\\d{4}")) {
            parsed = Integer.valueOf(year);
        }
        if (parsed == null || !CENSUS_DAYS.containsKey(parsed)) {
            throw RejectedException.of(Rejection.INVALID_VALUE, "year", "sen2-collection-year",
                    "the hub knows the SEN2 census days of " + CENSUS_DAYS.keySet()
                            + "; the year is the collection's (2027 = the January 2027 return)", null);
        }
        return new CollectionPeriod(parsed, LocalDate.of(parsed - 1, 1, 1), CENSUS_DAYS.get(parsed));
    }

    /** On or after the start and on or before the census day. */
    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(start) && !day.isAfter(referenceDate);
    }

    /** Happened by the census day (so the return counts it). */
    public boolean byCensus(LocalDate day) {
        return day != null && !day.isAfter(referenceDate);
    }
}
