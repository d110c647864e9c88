package uk.ehcexchange.hub.timeliness;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.ehcexchange.hub.journey.CaseStatus;
import uk.ehcexchange.hub.journey.ClockKind;
import uk.ehcexchange.hub.journey.JourneyCases;
import uk.ehcexchange.hub.journey.JourneyEvent;
import uk.ehcexchange.hub.journey.JourneyLog;
import uk.ehcexchange.hub.journey.WaitingOn;
import uk.ehcexchange.model.Child;
import uk.ehcexchange.statutory.ClockException;
import uk.ehcexchange.statutory.StatutoryDate;

/**
 * A small caseload put through the journey's own services (cases opened, events recorded, clocks opened, closed,
 * excused and retired by {@link JourneyLog}, which decides met or late) and the transfer ledger, with every figure
 * worked out by hand. "Today" for the figures is Thursday 17 December 2026: the window is January to December
 * 2026, and ten working days on is Tuesday 5 January 2027 (25 and 28 December and 1 January are bank holidays;
 * without them it would be 31 December).
 *
 * <p>Hertfordshire (919):
 * <ul>
 * <li>A (Amara Okafor), received 2 Mar: told 10 Apr (due 13 Apr, on time); final plan 20 Jul (due 20 Jul, on
 * time); advice from RY4 on 20 May (due 28 May, on time) and 1 Jun (late), from social care 919 on 28 May (on time);
 * annual review 30 Sep (due 1 Oct, on time); phase transfer review 10 Feb (due 14 Feb, on time).</li>
 * <li>B (Ben Carter), received 2 Mar: told 14 Apr (late); final plan 21 Jul, late with an exception recorded
 * (reg 13(3)(c)); annual review 2 Oct (due 1 Oct, late).</li>
 * <li>C (Chloe Davies), received 2 Mar: told 13 Apr (on time, not to assess: no final plan needed).</li>
 * <li>D (Dev Patel), received 18 Aug: told 29 Sep (on time); decision not to issue due 8 Dec (overdue); final plan
 * due 5 Jan 2027 (in the window only because of the bank holidays); advice asked of RY4 due 22 Dec.</li>
 * <li>E (Ella Brown), received 19 Aug: told 30 Sep (on time); decision not to issue due 9 Dec (overdue); final
 * plan due 6 Jan 2027 (outside the window).</li>
 * <li>F (Finn Early), received 6 Jan 2025: told 17 Feb 2025 (before the window: not counted).</li>
 * <li>Transfers: out to Luton 5 May (due 6 May, on time) and 10 Jun (due 1 Jun, late); in from Luton 1 Jul
 * (due 1 Jul, on time); one from Luton not yet transferred (not counted).</li>
 * </ul>
 * Luton (821): L (Lina Shah), told 1 Apr (on time); advice from RY4 on 1 May (on time).
 *
 * <p>So for 919: families told 4 on time, 1 late; final plans 1 on time, 1 late with an exception (50%, or 100%
 * without exceptions); advice 2 on time, 1 late (RY4 1 and 1, social care 1 and 0); reviews 1 and 1; phase transfers
 * 1 and 0; transfers out 1 and 1, in 1 and 0. Due: 2 overdue (decision not to issue), 2 due soon (D's final plan
 * and advice). For RY4: advice 2 on time, 1 late (919: 1 and 1; 821: 1 and 0); one advice waiting, due 22 Dec.
 */
public final class HandWorkedJourneys {

    public static final LocalDate TODAY = LocalDate.of(2026, 12, 17);
    public static final String HERTS = "919";
    public static final String LUTON = "821";
    public static final String ICB = "RY4";

    private final JourneyCases cases;
    private final JourneyLog log;
    private final JdbcClient jdbc;
    /** Case ids by the letter above. */
    public final Map<String, String> caseIds = new LinkedHashMap<>();

    public HandWorkedJourneys(JourneyCases cases, JourneyLog log, JdbcClient jdbc) {
        this.cases = cases;
        this.log = log;
        this.jdbc = jdbc;
    }

    public HandWorkedJourneys load() {
        String a = open("A", HERTS, "Amara", "Okafor", d(2026, 3, 2));
        closed(a, ClockKind.DECIDE_WHETHER_TO_ASSESS, null, d(2026, 4, 13), d(2026, 4, 10), WaitingOn.council(HERTS));
        closed(a, ClockKind.FINAL_PLAN, null, d(2026, 7, 20), d(2026, 7, 20), WaitingOn.council(HERTS));
        closed(a, ClockKind.ADVICE, "adv-A1", d(2026, 5, 28), d(2026, 5, 20), health());
        closed(a, ClockKind.ADVICE, "adv-A2", d(2026, 5, 28), d(2026, 6, 1), health());
        closed(a, ClockKind.ADVICE, "adv-A3", d(2026, 5, 28), d(2026, 5, 28),
                new WaitingOn(WaitingOn.Role.SOCIAL_CARE, HERTS));
        closed(a, ClockKind.ANNUAL_REVIEW, "r1", d(2026, 10, 1), d(2026, 9, 30), WaitingOn.council(HERTS));
        closed(a, ClockKind.PHASE_TRANSFER, "2027", d(2026, 2, 14), d(2026, 2, 10), WaitingOn.council(HERTS));

        String b = open("B", HERTS, "Ben", "Carter", d(2026, 3, 2));
        closed(b, ClockKind.DECIDE_WHETHER_TO_ASSESS, null, d(2026, 4, 13), d(2026, 4, 14), WaitingOn.council(HERTS));
        opened(b, ClockKind.FINAL_PLAN, null, d(2026, 7, 20), WaitingOn.council(HERTS));
        log.recordException(b, ClockKind.FINAL_PLAN, null, ClockException.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES,
                "family bereavement");
        close(b, ClockKind.FINAL_PLAN, null, d(2026, 7, 21));
        closed(b, ClockKind.ANNUAL_REVIEW, "r1", d(2026, 10, 1), d(2026, 10, 2), WaitingOn.council(HERTS));

        String c = open("C", HERTS, "Chloe", "Davies", d(2026, 3, 2));
        closed(c, ClockKind.DECIDE_WHETHER_TO_ASSESS, null, d(2026, 4, 13), d(2026, 4, 13), WaitingOn.council(HERTS));
        opened(c, ClockKind.FINAL_PLAN, null, d(2026, 7, 20), WaitingOn.council(HERTS));
        log.notNeeded(c, ClockKind.FINAL_PLAN, null, event(c, d(2026, 4, 13)));

        String dev = open("D", HERTS, "Dev", "Patel", d(2026, 8, 18));
        closed(dev, ClockKind.DECIDE_WHETHER_TO_ASSESS, null, d(2026, 9, 29), d(2026, 9, 29), WaitingOn.council(HERTS));
        opened(dev, ClockKind.DECIDE_NOT_TO_ISSUE, null, d(2026, 12, 8), WaitingOn.council(HERTS));
        opened(dev, ClockKind.FINAL_PLAN, null, d(2027, 1, 5), WaitingOn.council(HERTS));
        opened(dev, ClockKind.ADVICE, "adv-D1", d(2026, 12, 22), health());

        String e = open("E", HERTS, "Ella", "Brown", d(2026, 8, 19));
        closed(e, ClockKind.DECIDE_WHETHER_TO_ASSESS, null, d(2026, 9, 30), d(2026, 9, 30), WaitingOn.council(HERTS));
        opened(e, ClockKind.DECIDE_NOT_TO_ISSUE, null, d(2026, 12, 9), WaitingOn.council(HERTS));
        opened(e, ClockKind.FINAL_PLAN, null, d(2027, 1, 6), WaitingOn.council(HERTS));

        String f = open("F", HERTS, "Finn", "Early", d(2025, 1, 6));
        closed(f, ClockKind.DECIDE_WHETHER_TO_ASSESS, null, d(2025, 2, 17), d(2025, 2, 17), WaitingOn.council(HERTS));

        String l = open("L", LUTON, "Lina", "Shah", d(2026, 3, 2));
        closed(l, ClockKind.DECIDE_WHETHER_TO_ASSESS, null, d(2026, 4, 13), d(2026, 4, 1), WaitingOn.council(LUTON));
        closed(l, ClockKind.ADVICE, "adv-L1", d(2026, 5, 28), d(2026, 5, 1), health());

        transfer(HERTS, LUTON, d(2026, 5, 5), d(2026, 5, 6));
        transfer(HERTS, LUTON, d(2026, 6, 10), d(2026, 6, 1));
        transfer(LUTON, HERTS, d(2026, 7, 1), d(2026, 7, 1));
        transfer(LUTON, HERTS, null, d(2026, 12, 1));
        return this;
    }

    private String open(String letter, String council, String given, String family, LocalDate received) {
        Child child = new Child(null, null, null, "REF-" + letter, given, family, LocalDate.of(2016, 5, 9),
                "SG13 7QX");
        String caseId = cases.open(council, child, received, CaseStatus.REQUESTED).caseId();
        caseIds.put(letter, caseId);
        return caseId;
    }

    private void opened(String caseId, ClockKind kind, String ref, LocalDate due, WaitingOn waitingOn) {
        log.openClock(caseId, kind, ref, new StatutoryDate(due, "hand-worked", kind.source()), due.minusWeeks(6),
                waitingOn);
    }

    private void closed(String caseId, ClockKind kind, String ref, LocalDate due, LocalDate done,
                        WaitingOn waitingOn) {
        opened(caseId, kind, ref, due, waitingOn);
        close(caseId, kind, ref, done);
    }

    private void close(String caseId, ClockKind kind, String ref, LocalDate done) {
        log.closeClock(caseId, kind, ref, event(caseId, done));
    }

    private JourneyEvent event(String caseId, LocalDate on) {
        return log.record(caseId, "DONE", on, "test", null, null, null);
    }

    /** A plan transfer in the ledger with its reg 15(2) deadline, as TransferService and ReceiptRecorder keep it. */
    private void transfer(String from, String to, LocalDate transferred, LocalDate transferBy) {
        String planId = "P-" + UUID.randomUUID();
        String transferId = UUID.randomUUID().toString();
        jdbc.sql("""
                        INSERT INTO ehc_plan (plan_id, owning_la, status, version, document, created_at, updated_at)
                        VALUES (?, ?, 'FINAL', 1, '{}', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
                .params(planId, to).update();
        jdbc.sql("""
                        INSERT INTO transfer (transfer_id, plan_id, from_la, to_la, move_date, aware_on, transfer_date,
                                              status, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
                .params(transferId, planId, from, to, java.sql.Date.valueOf(transferBy.minusWeeks(3)),
                        java.sql.Date.valueOf(transferBy.minusWeeks(3)),
                        transferred == null ? null : java.sql.Date.valueOf(transferred),
                        transferred == null ? "SENT" : "ACKNOWLEDGED")
                .update();
        jdbc.sql("INSERT INTO transfer_deadline (transfer_id, kind, due_on, rule_text, source) VALUES (?, ?, ?, ?, ?)")
                .params(transferId, "TRANSFER_BY", java.sql.Date.valueOf(transferBy), "hand-worked",
                        "SEND Regulations 2014, reg 15(2)")
                .update();
    }

    private static WaitingOn health() {
        return new WaitingOn(WaitingOn.Role.HEALTH, ICB);
    }

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }
}
