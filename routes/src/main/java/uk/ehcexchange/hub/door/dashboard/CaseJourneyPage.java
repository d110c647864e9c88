package uk.ehcexchange.hub.door.dashboard;

import java.util.ArrayList;
import java.util.List;
import uk.ehcexchange.hub.journey.ClockView;
import uk.ehcexchange.hub.journey.JourneyEvent;
import uk.ehcexchange.hub.journey.JourneyView;
import uk.ehcexchange.hub.timeliness.TimelinessFigures;

/**
 * A child's journey as the council's page shows it: a summary list of the case, its clocks (each with its due
 * date, the rule as applied, whom it waits on and whether it was met) and what happened, oldest first. Both tables
 * download as CSV from the case's own address.
 *
 * @param summary rows of the GOV.UK summary list: key and value
 */
public record CaseJourneyPage(String caseId, String childName, List<List<String>> summary, List<Table> tables) {

    static CaseJourneyPage of(JourneyView j, String childName) {
        List<List<String>> summary = List.of(
                List.of("Child", childName),
                List.of("Council's case reference", nullToEmpty(j.child().localCaseReference())),
                List.of("Status", DashboardTables.words(j.status().name())),
                List.of("Opened on", DashboardTables.day(j.openedOn())),
                List.of("Plan", j.planId() == null ? "none yet" : j.planId()),
                List.of("Case id", j.caseId()));
        List<List<Table.Cell>> clocks = new ArrayList<>();
        for (ClockView c : j.clocks()) {
            clocks.add(List.of(Table.Cell.of(DashboardTables.duty(c.kind())),
                    Table.Cell.of(DashboardTables.day(c.startedOn())), Table.Cell.of(DashboardTables.day(c.due())),
                    Table.Cell.of(TimelinessFigures.party(c.waitingOn())), status(c),
                    Table.Cell.of(DashboardTables.day(c.metOn())),
                    Table.Cell.of(c.exception() == null ? "" : c.exceptionMeaning() + " (" + nullToEmpty(
                            c.exceptionSource()) + ")"),
                    Table.Cell.of(c.rule() + " (" + c.source() + ")")));
        }
        List<List<Table.Cell>> events = new ArrayList<>();
        for (JourneyEvent e : j.events()) {
            events.add(List.of(Table.Cell.of(DashboardTables.day(e.occurredOn())),
                    Table.Cell.of(DashboardTables.words(e.kind())), Table.Cell.of(nullToEmpty(e.party())),
                    Table.Cell.of(nullToEmpty(e.detail()))));
        }
        List<Boolean> none8 = List.of(false, false, false, false, false, false, false, false);
        return new CaseJourneyPage(j.caseId(), childName, summary, List.of(
                new Table("clocks", "Statutory clocks", List.of("Clock", "Started", "Due", "Waiting on", "Status",
                        "Done on", "Exception", "Rule"), clocks, none8, true),
                new Table("events", "What happened, oldest first", List.of("Date", "What happened", "Party",
                        "Detail"), events, none8.subList(0, 4), true)));
    }

    private static Table.Cell status(ClockView c) {
        if (c.overdue()) {
            return Table.Cell.tag("Overdue", "govuk-tag--red");
        }
        return switch (c.status()) {
            case MET -> Table.Cell.tag("Met", "govuk-tag--green");
            case LATE -> Table.Cell.tag("Late", "govuk-tag--orange");
            case NOT_NEEDED -> Table.Cell.tag("Not needed", "govuk-tag--grey");
            case OPEN -> Table.Cell.tag("Open", "govuk-tag--blue");
        };
    }

    public String csvBase() {
        return "/dashboard/cases/" + caseId + "/tables/";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

}
