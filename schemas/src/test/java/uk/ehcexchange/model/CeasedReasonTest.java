package uk.ehcexchange.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CeasedReasonTest {

    @Test
    void isSen2sCeaseReasonListInCodeOrder() {
        assertThat(Arrays.stream(CeasedReason.values()).map(CeasedReason::sen2Code))
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
        assertThat(CeasedReason.ofSen2Code("5")).contains(CeasedReason.TRANSFERRED_TO_ANOTHER_LA);
        assertThat(CeasedReason.TRANSFERRED_TO_ANOTHER_LA.sen2Wording()).endsWith("in England");
        assertThat(CeasedReason.ofSen2Code("10")).isEmpty();
    }

    @Test
    void documentsWrittenBeforeTheSen2ListAreStillRead() throws Exception {
        assertThat(read("REACHED_AGE_25")).isEqualTo(CeasedReason.REACHED_MAXIMUM_AGE);
        assertThat(read("DIED")).isEqualTo(CeasedReason.DECEASED);
        assertThat(read("OUTCOMES_ACHIEVED")).as("could be 2, 3, 4 or 6: not guessed").isEqualTo(CeasedReason.OTHER);
        assertThat(read("MOVED_INTO_EMPLOYMENT_OR_HIGHER_EDUCATION")).isEqualTo(CeasedReason.OTHER);
        assertThat(read("MOVED_OUTSIDE_ENGLAND")).isEqualTo(CeasedReason.MOVED_OUTSIDE_ENGLAND);
        assertThat(CanonicalJson.mapper().writeValueAsString(read("DIED"))).isEqualTo("\"DECEASED\"");
    }

    @Test
    void anythingElseIsRefusedNamingTheList() {
        assertThatThrownBy(() -> read("8")).isInstanceOf(ValueInstantiationException.class)
                .hasMessageContaining("REACHED_MAXIMUM_AGE");
    }

    private static CeasedReason read(String name) throws Exception {
        return CanonicalJson.mapper().readValue("\"" + name + "\"", CeasedReason.class);
    }
}
