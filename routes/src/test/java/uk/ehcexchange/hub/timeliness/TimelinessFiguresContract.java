package uk.ehcexchange.hub.timeliness;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ehcexchange.hub.timeliness.HandWorkedJourneys.HERTS;
import static uk.ehcexchange.hub.timeliness.HandWorkedJourneys.ICB;
import static uk.ehcexchange.hub.timeliness.HandWorkedJourneys.LUTON;
import static uk.ehcexchange.hub.timeliness.HandWorkedJourneys.TODAY;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.ehcexchange.hub.config.ClockConfiguration;
import uk.ehcexchange.hub.config.JsonConfiguration;
import uk.ehcexchange.hub.journey.ClockKind;
import uk.ehcexchange.hub.journey.JourneyCases;
import uk.ehcexchange.hub.journey.JourneyLog;
import uk.ehcexchange.hub.journey.JourneyRepository;
import uk.ehcexchange.hub.journey.WaitingOn;
import uk.ehcexchange.hub.plan.PlanRepository;
import uk.ehcexchange.hub.timeliness.Figures.CouncilFigures;
import uk.ehcexchange.hub.timeliness.Figures.CouncilTally;
import uk.ehcexchange.hub.timeliness.Figures.DueClock;
import uk.ehcexchange.hub.timeliness.Figures.DueCount;
import uk.ehcexchange.hub.timeliness.Figures.HealthFigures;
import uk.ehcexchange.hub.timeliness.Figures.MonthTally;
import uk.ehcexchange.hub.timeliness.Figures.OperatorFigures;
import uk.ehcexchange.hub.timeliness.Figures.PartnerTally;

/**
 * The figures against the hand-worked caseload of {@link HandWorkedJourneys}, on each database the hub supports:
 * each measure on time and late, with and without the exceptions, the due window across the Christmas bank
 * holidays, and a health body's and the operator's views.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({JourneyLog.class, JourneyCases.class, JourneyRepository.class, PlanRepository.class,
        ClockConfiguration.class, JsonConfiguration.class, TimelinessQueries.class, TimelinessFigures.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TimelinessFiguresContract {

    @Autowired JourneyCases cases;
    @Autowired JourneyLog log;
    @Autowired JdbcClient jdbc;
    @Autowired TimelinessFigures figures;

    private HandWorkedJourneys journeys;

    @BeforeAll
    void caseload() {
        journeys = new HandWorkedJourneys(cases, log, jdbc).load();
    }

    @Test
    void theWindowIsTwelveMonthsToTodayAndTenWorkingDaysOnPastTheChristmasBankHolidays() {
        Figures.Window window = figures.window(TODAY);

        assertThat(window.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(window.dueUntil()).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(window.months()).hasSize(12).startsWith(YearMonth.of(2026, 1)).endsWith(YearMonth.of(2026, 12));
    }

    @Test
    void familiesToldWithinSixWeeksCountsOnlyTheWindowMonthByMonth() {
        CouncilFigures herts = figures.council(HERTS, TODAY);

        assertThat(herts.trend(Measure.FAMILY_TOLD).total()).isEqualTo(Tally.of(4, 1));
        assertThat(month(herts, Measure.FAMILY_TOLD, 4)).isEqualTo(Tally.of(2, 1));
        assertThat(month(herts, Measure.FAMILY_TOLD, 9)).isEqualTo(Tally.of(2, 0));
        assertThat(herts.trend(Measure.FAMILY_TOLD).total().percentOnTime()).isEqualTo(80);
    }

    @Test
    void finalPlansWithinTwentyWeeksWithAndWithoutTheExceptions() {
        Tally plans = figures.council(HERTS, TODAY).trend(Measure.FINAL_PLAN).total();

        assertThat(plans).isEqualTo(new Tally(1, 1, 0, 1));
        assertThat(plans.percentOnTime()).isEqualTo(50);
        assertThat(plans.withoutExceptions()).isEqualTo(Tally.of(1, 0));
        assertThat(plans.withoutExceptions().percentOnTime()).isEqualTo(100);
    }

    @Test
    void adviceWithinSixWeeksByPartnerOrganisation() {
        CouncilFigures herts = figures.council(HERTS, TODAY);

        assertThat(herts.trend(Measure.ADVICE).total()).isEqualTo(Tally.of(2, 1));
        assertThat(herts.adviceByPartner()).containsExactly(
                new PartnerTally(WaitingOn.Role.HEALTH, ICB, Tally.of(1, 1)),
                new PartnerTally(WaitingOn.Role.SOCIAL_CARE, HERTS, Tally.of(1, 0)));
    }

    @Test
    void reviewsPhaseTransfersAndRegulation15TransfersInAndOut() {
        CouncilFigures herts = figures.council(HERTS, TODAY);

        assertThat(herts.trend(Measure.ANNUAL_REVIEW).total()).isEqualTo(Tally.of(1, 1));
        assertThat(herts.trend(Measure.PHASE_TRANSFER).total()).isEqualTo(Tally.of(1, 0));
        assertThat(herts.trend(Measure.TRANSFER_OUT).total()).isEqualTo(Tally.of(1, 1));
        assertThat(month(herts, Measure.TRANSFER_OUT, 6)).isEqualTo(Tally.of(0, 1));
        assertThat(herts.trend(Measure.TRANSFER_IN).total()).isEqualTo(Tally.of(1, 0));
        assertThat(figures.council(LUTON, TODAY).trend(Measure.TRANSFER_IN).total()).isEqualTo(Tally.of(1, 1));
    }

    @Test
    void dueInTheNextTenWorkingDaysOrOverdueByClockAndByPartyWithTheCouncilsOwnChildrenNamed() {
        CouncilFigures herts = figures.council(HERTS, TODAY);

        assertThat(herts.dueByKind()).containsExactly(new DueCount("ADVICE", 0, 1),
                new DueCount("DECIDE_NOT_TO_ISSUE", 2, 0), new DueCount("FINAL_PLAN", 0, 1));
        assertThat(herts.dueByParty()).containsExactly(new DueCount("COUNCIL 919", 2, 1),
                new DueCount("HEALTH RY4", 0, 1));
        assertThat(herts.due()).extracting(DueClock::childName, DueClock::kind, DueClock::due, DueClock::overdue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Dev Patel", ClockKind.DECIDE_NOT_TO_ISSUE,
                                LocalDate.of(2026, 12, 8), true),
                        org.assertj.core.groups.Tuple.tuple("Ella Brown", ClockKind.DECIDE_NOT_TO_ISSUE,
                                LocalDate.of(2026, 12, 9), true),
                        org.assertj.core.groups.Tuple.tuple("Dev Patel", ClockKind.ADVICE,
                                LocalDate.of(2026, 12, 22), false),
                        org.assertj.core.groups.Tuple.tuple("Dev Patel", ClockKind.FINAL_PLAN,
                                LocalDate.of(2027, 1, 5), false));
        assertThat(herts.due()).extracting(DueClock::caseId).doesNotContain(journeys.caseIds.get("L"));
        assertThat(herts.dueTruncated()).isFalse();
    }

    @Test
    void aHealthBodySeesItsOwnAdviceAcrossCouncilsAndWhatWaitsOnItWithoutNames() {
        HealthFigures icb = figures.health(ICB, TODAY);

        assertThat(icb.advice().total()).isEqualTo(Tally.of(2, 1));
        assertThat(icb.adviceByCouncil()).containsExactly(new CouncilTally(LUTON, Measure.ADVICE, Tally.of(1, 0)),
                new CouncilTally(HERTS, Measure.ADVICE, Tally.of(1, 1)));
        assertThat(icb.waiting()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(ClockKind.ADVICE);
            assertThat(w.ref()).isEqualTo("adv-D1");
            assertThat(w.due()).isEqualTo(LocalDate.of(2026, 12, 22));
            assertThat(w.childName()).isNull();
        });
        assertThat(icb.waitingByKind()).containsExactly(new DueCount("ADVICE", 0, 1));
    }

    @Test
    void theOperatorSeesEveryCouncilAndTheHubsTrends() {
        OperatorFigures hub = figures.operator(TODAY);

        assertThat(hub.councils()).contains(new CouncilTally(HERTS, Measure.FAMILY_TOLD, Tally.of(4, 1)),
                new CouncilTally(LUTON, Measure.FAMILY_TOLD, Tally.of(1, 0)),
                new CouncilTally(HERTS, Measure.FINAL_PLAN, new Tally(1, 1, 0, 1)),
                new CouncilTally(LUTON, Measure.TRANSFER_IN, Tally.of(1, 1)));
        assertThat(hub.trends().stream().filter(t -> t.measure() == Measure.FAMILY_TOLD).findFirst().orElseThrow()
                .total()).isEqualTo(Tally.of(5, 1));
    }

    private static Tally month(CouncilFigures figures, Measure measure, int month) {
        return figures.trend(measure).months().stream().filter(m -> m.month().equals(YearMonth.of(2026, month)))
                .map(MonthTally::tally).findFirst().orElseThrow();
    }
}
