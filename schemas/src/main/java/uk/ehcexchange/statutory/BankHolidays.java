package uk.ehcexchange.statutory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Bank holidays in England and Wales for a fixed run of whole years.
 *
 * <p>The list is data, not a rule: one-off proclamations (the 2022 Platinum Jubilee and State Funeral, the 2023
 * coronation, moved spring and early May holidays) cannot be derived, so it is shipped as the classpath
 * resource {@value #RESOURCE} (columns {@code date,title,basis}, copied from the GOV.UK list). Dates outside the
 * covered years are refused with {@link OutsideCalendarException} rather than guessed.
 */
public final class BankHolidays {

    /** Classpath location of the shipped England and Wales list. */
    public static final String RESOURCE = "/uk/ehcexchange/statutory/bank-holidays-england-and-wales.csv";

    private static final String HEADER = "date,title,basis";

    private final SortedMap<LocalDate, String> holidays;
    private final LocalDate firstCovered;
    private final LocalDate lastCovered;

    private BankHolidays(SortedMap<LocalDate, String> holidays) {
        this.holidays = Collections.unmodifiableSortedMap(holidays);
        this.firstCovered = LocalDate.of(holidays.firstKey().getYear(), 1, 1);
        this.lastCovered = LocalDate.of(holidays.lastKey().getYear(), 12, 31);
    }

    /** The shipped England and Wales list, parsed once per class loader. */
    public static BankHolidays englandAndWales() {
        return Shipped.INSTANCE;
    }

    /**
     * Whether {@code date} is an England and Wales bank holiday (including Christmas Day and Good Friday, which
     * the published list carries alongside the statutory bank holidays).
     *
     * @throws OutsideCalendarException if {@code date} is outside the covered years
     */
    public boolean isBankHoliday(LocalDate date) {
        requireCovered(date);
        return holidays.containsKey(date);
    }

    /** 1 January of the first covered year. */
    public LocalDate firstCovered() {
        return firstCovered;
    }

    /** 31 December of the last covered year. */
    public LocalDate lastCovered() {
        return lastCovered;
    }

    /** Every listed holiday with its published title, in date order (unmodifiable). */
    public SortedMap<LocalDate, String> holidays() {
        return holidays;
    }

    /** @throws OutsideCalendarException if {@code date} is outside the covered years */
    void requireCovered(LocalDate date) {
        if (date.isBefore(firstCovered) || date.isAfter(lastCovered)) {
            throw new OutsideCalendarException(date, firstCovered, lastCovered);
        }
    }

    /**
     * Parses a list in the shipped format. Rejects anything that would make a deadline silently wrong: a
     * missing header, a malformed or duplicated date, a holiday on a weekend (the published list only carries
     * the weekday on which a holiday is observed, so a weekend date means a typo) or a covered year with no
     * holidays at all (a gap in the data, which would otherwise read as "no holidays that year").
     */
    static BankHolidays parse(Reader source, String sourceName) {
        SortedMap<LocalDate, String> parsed = new TreeMap<>();
        try (BufferedReader lines = new BufferedReader(source)) {
            String header = lines.readLine();
            if (header == null || !HEADER.equals(stripBom(header).trim())) {
                throw new IllegalStateException(sourceName + ": expected header '" + HEADER + "' but got '"
                        + header + "'");
            }
            String line;
            int lineNumber = 1;
            while ((line = lines.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                // Titles contain no commas in the published data; the basis is the last column, so split on
                // the first and last comma and keep whatever lies between as the title.
                int first = line.indexOf(',');
                int last = line.lastIndexOf(',');
                if (first < 0 || first == last) {
                    throw new IllegalStateException(sourceName + ":" + lineNumber + ": expected 3 columns: " + line);
                }
                LocalDate date;
                try {
                    date = LocalDate.parse(line.substring(0, first).trim());
                } catch (DateTimeParseException e) {
                    throw new IllegalStateException(sourceName + ":" + lineNumber + ": bad date: " + line, e);
                }
                DayOfWeek day = date.getDayOfWeek();
                if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
                    throw new IllegalStateException(sourceName + ":" + lineNumber + ": " + date + " is a " + day
                            + "; the list should give the substitute weekday");
                }
                String title = line.substring(first + 1, last).trim();
                if (parsed.putIfAbsent(date, title) != null) {
                    throw new IllegalStateException(sourceName + ":" + lineNumber + ": duplicate date " + date);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + sourceName, e);
        }
        if (parsed.isEmpty()) {
            throw new IllegalStateException(sourceName + ": no bank holidays listed");
        }
        for (int year = parsed.firstKey().getYear(); year <= parsed.lastKey().getYear(); year++) {
            LocalDate from = LocalDate.of(year, 1, 1);
            if (parsed.subMap(from, from.plusYears(1)).isEmpty()) {
                throw new IllegalStateException(sourceName + ": no bank holidays listed for " + year
                        + "; the covered years must be contiguous");
            }
        }
        return new BankHolidays(parsed);
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** Holder idiom: the resource is read on first use, once, with no locking on the read path. */
    private static final class Shipped {
        static final BankHolidays INSTANCE = load();

        private static BankHolidays load() {
            InputStream in = BankHolidays.class.getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
        }
    }
}
