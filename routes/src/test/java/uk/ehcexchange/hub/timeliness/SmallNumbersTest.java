package uk.ehcexchange.hub.timeliness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.ehcexchange.hub.timeliness.SmallNumbers.Shown;

/** Suppression as DfE publishes: 1 to 4 is x, with the rest of the row that would give it away. */
class SmallNumbersTest {

    @Test
    void countsOfFiveOrMoreAndZeroAreShownWithThePercentage() {
        assertThat(SmallNumbers.show(Tally.of(15, 5))).isEqualTo(new Shown("15", "5", "20", "75", false));
        assertThat(SmallNumbers.show(Tally.of(7, 0))).isEqualTo(new Shown("7", "0", "7", "100", false));
        assertThat(SmallNumbers.show(Tally.NONE)).isEqualTo(new Shown("0", "0", "0", "", false));
    }

    @Test
    void aSmallOnTimeOrLateCountHidesItsPairAndThePercentageButNotALargeTotal() {
        assertThat(SmallNumbers.show(Tally.of(4, 1))).isEqualTo(new Shown("x", "x", "5", "x", true));
        assertThat(SmallNumbers.show(Tally.of(20, 4))).isEqualTo(new Shown("x", "x", "24", "x", true));
    }

    @Test
    void aSmallTotalHidesTheWholeRow() {
        assertThat(SmallNumbers.show(Tally.of(3, 0))).isEqualTo(new Shown("x", "x", "x", "x", true));
        assertThat(SmallNumbers.show(4)).isEqualTo("x");
        assertThat(SmallNumbers.show(5)).isEqualTo("5");
        assertThat(SmallNumbers.show(0)).isEqualTo("0");
    }
}
