package uk.ehcexchange.statutory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BankHolidaysTest {

    private final BankHolidays holidays = BankHolidays.englandAndWales();

    @Test
    @DisplayName("shipped list is line-for-line the shared reference/bank-holidays-england-and-wales.csv")
    void shippedListEqualsSharedReference() throws IOException {
        String sharedDir = System.getProperty("ehc.shared.dir");
        Path shared = sharedDir == null ? null : Path.of(sharedDir, "reference", "bank-holidays-england-and-wales.csv");
        if (shared == null || !Files.isRegularFile(shared)) {
            String reason = "skipping comparison with the shared bank holiday list: "
                    + (shared == null ? "system property ehc.shared.dir is not set" : shared + " does not exist");
            System.out.println(reason);
            Assumptions.assumeTrue(false, reason);
        }
        List<String> expected = Files.readAllLines(shared, StandardCharsets.UTF_8);
        List<String> shipped;
        try (InputStream in = BankHolidays.class.getResourceAsStream(BankHolidays.RESOURCE)) {
            assertThat(in).as("classpath resource %s", BankHolidays.RESOURCE).isNotNull();
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().collect(Collectors.toList());
        }
        assertThat(shipped).containsExactlyElementsOf(expected);
        assertThat(holidays.holidays())
                .isEqualTo(BankHolidays.parse(Files.newBufferedReader(shared, StandardCharsets.UTF_8),
                        shared.toString()).holidays());
    }

    @Test
    @DisplayName("covers every day from 1 January 2020 to 31 December 2030")
    void coversAtLeast2020To2030() {
        assertThat(holidays.firstCovered()).isBeforeOrEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(holidays.lastCovered()).isAfterOrEqualTo(LocalDate.of(2030, 12, 31));
    }

    @Test
    @DisplayName("covered years are the whole of 2015 to the whole of 2030")
    void coveredYearsAreWholeYears() {
        assertThat(holidays.firstCovered()).isEqualTo(LocalDate.of(2015, 1, 1));
        assertThat(holidays.lastCovered()).isEqualTo(LocalDate.of(2030, 12, 31));
    }

    @ParameterizedTest(name = "{0} has at least 8 bank holidays")
    @ValueSource(ints = {2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030})
    void everyYearFrom2020To2030HasAtLeastEightHolidays(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        assertThat(holidays.holidays().subMap(from, from.plusYears(1))).hasSizeGreaterThanOrEqualTo(8);
    }

    @ParameterizedTest(name = "{0} ({1}) is a bank holiday")
    @CsvSource({
            "2022-06-02, spring bank holiday moved for the Platinum Jubilee",
            "2022-06-03, Platinum Jubilee bank holiday",
            "2022-09-19, State Funeral of Queen Elizabeth II",
            "2023-05-08, coronation of King Charles III",
            "2020-05-08, early May bank holiday moved to VE day",
    })
    void oneOffProclamationsAreBankHolidays(LocalDate date, String why) {
        assertThat(holidays.isBankHoliday(date)).as(why).isTrue();
    }

    @Test
    @DisplayName("Monday 30 May 2022, the usual spring bank holiday, was an ordinary day because it moved to 2 June")
    void usualSpringBankHolidayIn2022WasNotAHoliday() {
        assertThat(holidays.isBankHoliday(LocalDate.of(2022, 5, 30))).isFalse();
    }

    @Test
    @DisplayName("Monday 28 December 2026 is the Boxing Day substitute; Saturday 26 December 2026 is not listed")
    void substituteDaysAreListedNotTheWeekendDate() {
        assertThat(holidays.isBankHoliday(LocalDate.of(2026, 12, 28))).isTrue();
        assertThat(holidays.isBankHoliday(LocalDate.of(2026, 12, 26))).isFalse();
    }

    @Test
    @DisplayName("asking about 1 January 2035 throws OutsideCalendarException naming the covered years")
    void dateAfterCoveredYearsThrows() {
        assertThatThrownBy(() -> holidays.isBankHoliday(LocalDate.of(2035, 1, 1)))
                .isInstanceOf(OutsideCalendarException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2035-01-01")
                .hasMessageContaining("2015 to 2030");
    }

    @Test
    @DisplayName("asking about 31 December 2014 throws OutsideCalendarException")
    void dateBeforeCoveredYearsThrows() {
        assertThatThrownBy(() -> holidays.isBankHoliday(LocalDate.of(2014, 12, 31)))
                .isInstanceOfSatisfying(OutsideCalendarException.class, e -> {
                    assertThat(e.date()).isEqualTo(LocalDate.of(2014, 12, 31));
                    assertThat(e.firstCovered()).isEqualTo(LocalDate.of(2015, 1, 1));
                    assertThat(e.lastCovered()).isEqualTo(LocalDate.of(2030, 12, 31));
                });
    }

    @Test
    void shippedListIsLoadedOnce() {
        assertThat(BankHolidays.englandAndWales()).isSameAs(BankHolidays.englandAndWales());
    }

    @Test
    void listedHolidaysCannotBeModified() {
        assertThatThrownBy(() -> holidays.holidays().put(LocalDate.of(2026, 6, 1), "made up"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("a list with no holidays in 2026 between 2025 and 2027 is rejected, not read as a holiday-free year")
    void gapInCoveredYearsIsRejected() {
        assertThatThrownBy(() -> parseTestResource("gap-year.csv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2026");
    }

    @Test
    @DisplayName("a holiday dated Saturday 26 December 2026 is rejected as a typo")
    void weekendDateIsRejected() {
        assertThatThrownBy(() -> parseTestResource("weekend-date.csv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2026-12-26");
    }

    @Test
    void duplicateDateIsRejected() {
        assertThatThrownBy(() -> parseTestResource("duplicate-date.csv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("duplicate");
    }

    @Test
    void wrongHeaderIsRejected() {
        assertThatThrownBy(() -> parseTestResource("wrong-header.csv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("header");
    }

    private static BankHolidays parseTestResource(String name) throws IOException {
        String path = "/statutory/" + name;
        try (InputStream in = BankHolidaysTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return BankHolidays.parse(new InputStreamReader(in, StandardCharsets.UTF_8), path);
        }
    }
}
