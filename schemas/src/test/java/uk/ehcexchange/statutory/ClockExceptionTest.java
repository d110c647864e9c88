package uk.ehcexchange.statutory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.ehcexchange.statutory.StatutoryDuty.ADVICE;
import static uk.ehcexchange.statutory.StatutoryDuty.DECIDE_NOT_TO_ISSUE;
import static uk.ehcexchange.statutory.StatutoryDuty.DECIDE_WHETHER_TO_ASSESS;
import static uk.ehcexchange.statutory.StatutoryDuty.FINAL_PLAN;
import static uk.ehcexchange.statutory.StatutoryDuty.FINAL_PLAN_AFTER_REASSESSMENT;

import java.util.EnumSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One test per exception: which duties it may excuse, and the paragraph that says so for each. */
class ClockExceptionTest {

    @Test
    @DisplayName("school closure: the council's four assessment limits, limb (a); not an adviser's 6 weeks")
    void schoolClosure() {
        ClockException e = ClockException.SCHOOL_CLOSURE;

        assertThat(e.duties()).containsExactlyInAnyOrder(DECIDE_WHETHER_TO_ASSESS, DECIDE_NOT_TO_ISSUE, FINAL_PLAN,
                FINAL_PLAN_AFTER_REASSESSMENT);
        assertThat(e.source(DECIDE_WHETHER_TO_ASSESS)).isEqualTo("SEND Regulations 2014, reg 5(4)(a)");
        assertThat(e.source(DECIDE_NOT_TO_ISSUE)).isEqualTo("SEND Regulations 2014, reg 10(4)(a)");
        assertThat(e.source(FINAL_PLAN)).isEqualTo("SEND Regulations 2014, reg 13(3)(a)");
        assertThat(e.source(FINAL_PLAN_AFTER_REASSESSMENT)).isEqualTo("SEND Regulations 2014, reg 27(3)(a)");
        assertThat(e.appliesTo(ADVICE)).isFalse();
    }

    @Test
    @DisplayName("early years closure: the council's four assessment limits, limb (b)")
    void earlyYearsClosure() {
        ClockException e = ClockException.EARLY_YEARS_CLOSURE;

        assertThat(e.duties()).containsExactlyInAnyOrder(DECIDE_WHETHER_TO_ASSESS, DECIDE_NOT_TO_ISSUE, FINAL_PLAN,
                FINAL_PLAN_AFTER_REASSESSMENT);
        assertThat(e.source(FINAL_PLAN)).isEqualTo("SEND Regulations 2014, reg 13(3)(b)");
        assertThat(e.source(DECIDE_WHETHER_TO_ASSESS)).isEqualTo("SEND Regulations 2014, reg 5(4)(b)");
        assertThat(e.appliesTo(ADVICE)).isFalse();
    }

    @Test
    @DisplayName("exceptional personal circumstances: the council's four assessment limits, limb (c)")
    void exceptionalPersonalCircumstances() {
        ClockException e = ClockException.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES;

        assertThat(e.duties()).containsExactlyInAnyOrder(DECIDE_WHETHER_TO_ASSESS, DECIDE_NOT_TO_ISSUE, FINAL_PLAN,
                FINAL_PLAN_AFTER_REASSESSMENT);
        assertThat(e.source(DECIDE_NOT_TO_ISSUE)).isEqualTo("SEND Regulations 2014, reg 10(4)(c)");
        assertThat(e.source(FINAL_PLAN_AFTER_REASSESSMENT)).isEqualTo("SEND Regulations 2014, reg 27(3)(c)");
        assertThat(e.appliesTo(ADVICE)).isFalse();
    }

    @Test
    @DisplayName("absent from the area: the council's four limits, limb (d), and an adviser's 6 weeks, reg 8(2)(b)")
    void absentFromArea() {
        ClockException e = ClockException.ABSENT_FROM_AREA;

        assertThat(e.duties()).containsExactlyInAnyOrder(DECIDE_WHETHER_TO_ASSESS, ADVICE, DECIDE_NOT_TO_ISSUE,
                FINAL_PLAN, FINAL_PLAN_AFTER_REASSESSMENT);
        assertThat(e.source(ADVICE)).isEqualTo("SEND Regulations 2014, reg 8(2)(b)");
        assertThat(e.source(FINAL_PLAN)).isEqualTo("SEND Regulations 2014, reg 13(3)(d)");
        assertThat(e.source(DECIDE_WHETHER_TO_ASSESS)).isEqualTo("SEND Regulations 2014, reg 5(4)(d)");
    }

    @Test
    @DisplayName("exceptional circumstances: only an adviser's 6 weeks, reg 8(2)(a)")
    void exceptionalCircumstances() {
        ClockException e = ClockException.EXCEPTIONAL_CIRCUMSTANCES;

        assertThat(e.duties()).containsExactly(ADVICE);
        assertThat(e.source(ADVICE)).isEqualTo("SEND Regulations 2014, reg 8(2)(a)");
        assertThat(e.appliesTo(FINAL_PLAN)).isFalse();
    }

    @Test
    @DisplayName("missed appointment: only an adviser's 6 weeks, reg 8(2)(c)")
    void missedAppointment() {
        ClockException e = ClockException.MISSED_APPOINTMENT;

        assertThat(e.duties()).containsExactly(ADVICE);
        assertThat(e.source(ADVICE)).isEqualTo("SEND Regulations 2014, reg 8(2)(c)");
        assertThat(e.appliesTo(DECIDE_WHETHER_TO_ASSESS)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = StatutoryDuty.class, names = {"DRAFT_REPRESENTATIONS", "ANNUAL_REVIEW",
            "REVIEW_MEETING_NOTICE", "REVIEW_ADVICE", "REVIEW_REPORT", "REVIEW_DECISION", "AMENDMENT_REPRESENTATIONS",
            "AMENDED_FINAL_PLAN", "PHASE_TRANSFER"})
    @DisplayName("no exception excuses the review, amendment, representation or phase-transfer limits")
    void noExceptionForTheOtherDuties(StatutoryDuty duty) {
        assertThat(EnumSet.allOf(ClockException.class)).noneMatch(e -> e.appliesTo(duty));
    }

    @Test
    @DisplayName("the source for a duty the exception does not cover is refused, naming the duties it does")
    void sourceForAnUncoveredDutyIsRefused() {
        assertThatThrownBy(() -> ClockException.MISSED_APPOINTMENT.source(FINAL_PLAN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("MISSED_APPOINTMENT does not apply to FINAL_PLAN; it applies to [ADVICE]");
    }

    @Test
    @DisplayName("by clock kind name: a known duty is looked up, an unknown or missing name applies to nothing")
    void byClockKindName() {
        assertThat(ClockException.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES.appliesTo("FINAL_PLAN")).isTrue();
        assertThat(ClockException.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES.appliesTo("REVIEW_DECISION")).isFalse();
        assertThat(ClockException.ABSENT_FROM_AREA.appliesTo("TRANSFER")).isFalse();
        assertThat(ClockException.ABSENT_FROM_AREA.appliesTo((String) null)).isFalse();
    }
}
