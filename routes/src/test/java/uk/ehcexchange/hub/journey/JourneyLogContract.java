package uk.ehcexchange.hub.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.ehcexchange.hub.config.ClockConfiguration;
import uk.ehcexchange.hub.config.JsonConfiguration;
import uk.ehcexchange.hub.plan.PlanRepository;
import uk.ehcexchange.model.Child;
import uk.ehcexchange.statutory.ClockException;
import uk.ehcexchange.statutory.StatutoryDate;

/**
 * The journey log on each database the hub supports: clocks are met or late by the hub's own closing event, a
 * replayed step changes nothing, an exception is shown beside the due date it does not move, and the due lists
 * find what is waiting on whom. Each test uses its own council code so that tests share one database.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({JourneyLog.class, JourneyCases.class, JourneyRepository.class, PlanRepository.class,
        ClockConfiguration.class, JsonConfiguration.class})
abstract class JourneyLogContract {

    private static final Child CHILD = new Child(null, "A123456789012", null, "HC-1", "Sam", "Example",
            LocalDate.of(2018, 3, 1), "AL1 1AA");
    private static final LocalDate RECEIVED = LocalDate.of(2026, 1, 5);
    private static final StatutoryDate SIX_WEEKS = new StatutoryDate(LocalDate.of(2026, 2, 15),
            "within 6 weeks of 2026-01-05", "SEND Regulations 2014, reg 5(1)");

    @Autowired JourneyLog log;
    @Autowired JourneyCases cases;
    @Autowired JourneyRepository journeys;
    @Autowired JdbcClient jdbc;

    @Test
    void aClockClosedOnOrBeforeItsDueDateIsMetAndItsEventIsKept() {
        String caseId = openCase("901");
        log.openClock(caseId, ClockKind.DECIDE_WHETHER_TO_ASSESS, null, SIX_WEEKS, RECEIVED, WaitingOn.council("901"));

        JourneyEvent decided = log.record(caseId, "DECIDED_TO_ASSESS", LocalDate.of(2026, 2, 15), "herts-case-system",
                null, "decided to assess", null);
        CaseClock closed = log.closeClock(caseId, ClockKind.DECIDE_WHETHER_TO_ASSESS, null, decided).orElseThrow();

        assertThat(closed.status()).isEqualTo(ClockStatus.MET);
        assertThat(closed.metOn()).isEqualTo(LocalDate.of(2026, 2, 15));
        assertThat(closed.closedByEvent()).isEqualTo(decided.eventId());
        assertThat(closed.dueOn()).isEqualTo(SIX_WEEKS.date());
        assertThat(closed.rule()).isEqualTo(SIX_WEEKS.rule());
        assertThat(closed.source()).isEqualTo(SIX_WEEKS.source());
        assertThat(journeys.events(caseId)).extracting(JourneyEvent::kind).containsExactly("DECIDED_TO_ASSESS");
    }

    @Test
    void aClockClosedTheDayAfterItsDueDateIsLate() {
        String caseId = openCase("902");
        log.openClock(caseId, ClockKind.DECIDE_WHETHER_TO_ASSESS, null, SIX_WEEKS, RECEIVED, WaitingOn.council("902"));

        JourneyEvent decided = log.record(caseId, "DECIDED_TO_ASSESS", LocalDate.of(2026, 2, 16), "herts", null,
                null, null);

        assertThat(log.closeClock(caseId, ClockKind.DECIDE_WHETHER_TO_ASSESS, null, decided).orElseThrow().status())
                .isEqualTo(ClockStatus.LATE);
    }

    @Test
    void openingAgainOrClosingAgainChangesNothing() {
        String caseId = openCase("903");
        assertThat(log.openClock(caseId, ClockKind.FINAL_PLAN, null, SIX_WEEKS, RECEIVED, WaitingOn.council("903")))
                .isTrue();
        StatutoryDate other = new StatutoryDate(LocalDate.of(2026, 9, 1), "another", "another");
        assertThat(log.openClock(caseId, ClockKind.FINAL_PLAN, null, other, RECEIVED, WaitingOn.council("903")))
                .isFalse();
        JourneyEvent first = log.record(caseId, "FINAL_PLAN_ISSUED", LocalDate.of(2026, 2, 1), "herts", null, null,
                null);
        log.closeClock(caseId, ClockKind.FINAL_PLAN, null, first);
        JourneyEvent later = log.record(caseId, "FINAL_PLAN_ISSUED", LocalDate.of(2026, 3, 1), "herts", null, null,
                null);

        CaseClock clock = log.closeClock(caseId, ClockKind.FINAL_PLAN, null, later).orElseThrow();

        assertThat(clock.dueOn()).isEqualTo(SIX_WEEKS.date());
        assertThat(clock.status()).isEqualTo(ClockStatus.MET);
        assertThat(clock.closedByEvent()).isEqualTo(first.eventId());
        assertThat(journeys.clocks(caseId)).hasSize(1);
    }

    @Test
    void closingAClockTheCaseNeverHadIsANoOp() {
        String caseId = openCase("904");
        JourneyEvent event = log.record(caseId, "DRAFT_SERVED", RECEIVED, "herts", null, null, null);

        assertThat(log.closeClock(caseId, ClockKind.DRAFT_REPRESENTATIONS, null, event)).isEmpty();
        assertThat(journeys.clocks(caseId)).isEmpty();
    }

    @Test
    void aDutyThatFellAwayIsNotNeededAndHasNoMetDate() {
        String caseId = openCase("905");
        log.openClock(caseId, ClockKind.FINAL_PLAN, null, SIX_WEEKS, RECEIVED, WaitingOn.council("905"));
        JourneyEvent notAssessing = log.record(caseId, "DECIDED_NOT_TO_ASSESS", LocalDate.of(2026, 2, 1), "herts",
                null, null, null);

        CaseClock clock = log.notNeeded(caseId, ClockKind.FINAL_PLAN, null, notAssessing).orElseThrow();

        assertThat(clock.status()).isEqualTo(ClockStatus.NOT_NEEDED);
        assertThat(clock.metOn()).isNull();
        assertThat(clock.closedByEvent()).isEqualTo(notAssessing.eventId());
    }

    @Test
    void anExceptionIsShownWithItsReasonAndTheDueDateStays() {
        String caseId = openCase("906");
        log.openClock(caseId, ClockKind.FINAL_PLAN, null, SIX_WEEKS, RECEIVED, WaitingOn.council("906"));

        assertThat(log.recordException(caseId, ClockKind.FINAL_PLAN, null,
                ClockException.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, "family bereavement")).isTrue();

        CaseClock clock = journeys.findClock(caseId, ClockKind.FINAL_PLAN, "").orElseThrow();
        assertThat(clock.exceptionCode()).isEqualTo("EXCEPTIONAL_PERSONAL_CIRCUMSTANCES");
        assertThat(clock.exceptionReason()).isEqualTo("family bereavement");
        assertThat(clock.dueOn()).isEqualTo(SIX_WEEKS.date());
        assertThat(clock.status()).isEqualTo(ClockStatus.OPEN);
    }

    @Test
    void clocksWithRefsAreKeptApartAndTheDueListsFindWhatWaitsOnWhom() {
        String caseId = openCase("907");
        StatutoryDate adviceDue = new StatutoryDate(LocalDate.of(2026, 3, 2), "within 6 weeks", "reg 8(1)");
        log.openClock(caseId, ClockKind.ADVICE, "adv-1", adviceDue, RECEIVED,
                new WaitingOn(WaitingOn.Role.HEALTH, "QM7"));
        log.openClock(caseId, ClockKind.ADVICE, "adv-2", new StatutoryDate(LocalDate.of(2026, 5, 1), "x", "y"),
                RECEIVED, new WaitingOn(WaitingOn.Role.EDUCATIONAL_PSYCHOLOGY, "EP919"));
        log.openClock(caseId, ClockKind.DECIDE_WHETHER_TO_ASSESS, null, SIX_WEEKS, RECEIVED, WaitingOn.council("907"));
        LocalDate until = LocalDate.of(2026, 3, 31);

        assertThat(journeys.openForCouncil("907", until, null, null, null, 100))
                .extracting(CaseClock::kind, CaseClock::ref)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ClockKind.DECIDE_WHETHER_TO_ASSESS, ""),
                        org.assertj.core.groups.Tuple.tuple(ClockKind.ADVICE, "adv-1"));
        assertThat(journeys.openForCouncil("907", until, WaitingOn.Role.HEALTH, null, null, 100)).hasSize(1);
        assertThat(journeys.openForCouncil("907", LocalDate.of(2026, 6, 1), null, null, ClockKind.ADVICE, 100))
                .hasSize(2);
        assertThat(journeys.openForParty("QM7", until, 100)).extracting(CaseClock::ref).containsExactly("adv-1");
        assertThat(journeys.openForParty("EP919", until, 100)).isEmpty();
        assertThat(journeys.clocks(caseId).get(0).overdueOn(LocalDate.of(2026, 2, 16))).isTrue();
    }

    @Test
    void aPlanTheHubHoldsGetsOneCaseHoweverOftenItIsAskedFor() {
        String planId = "P-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                        INSERT INTO ehc_plan (plan_id, owning_la, status, version, document, created_at, updated_at)
                        VALUES (?, '908', 'FINAL', 1, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
                .params(planId, "{\"planId\":\"" + planId + "\",\"owningCouncil\":\"908\","
                        + "\"child\":{\"upn\":\"A123456789012\"}}")
                .update();

        JourneyCase first = cases.forPlan("908", planId).orElseThrow();
        JourneyCase again = cases.forPlan("908", planId).orElseThrow();

        assertThat(again.caseId()).isEqualTo(first.caseId());
        assertThat(first.status()).isEqualTo(CaseStatus.PLAN_MAINTAINED);
        assertThat(first.child().upn()).isEqualTo("A123456789012");
        assertThat(cases.forPlan("909", planId)).isEmpty();
    }

    private String openCase(String council) {
        return cases.open(council, CHILD, RECEIVED, CaseStatus.REQUESTED).caseId();
    }
}
