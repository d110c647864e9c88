package uk.ehcexchange.hub.journey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.core.ClientRole;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.statutory.OutsideCalendarException;
import uk.ehcexchange.statutory.WorkingDayCalendar;

/**
 * Reading journeys: one child's case in one call, a council's due-and-overdue list, and a partner's list of what
 * is waiting on it. A council reads only its own cases; a partner sees only clocks waiting on its own code.
 */
@Service
public class JourneyReader {

    /** How far ahead a list looks when the caller does not say: four working weeks. */
    public static final int DEFAULT_WITHIN = 20;
    private static final int MAX_WITHIN = 260;
    private static final int DEFAULT_LIMIT = 1000;
    private static final int MAX_LIMIT = 5000;
    private static final Pattern AUTHORITY_CODE = Pattern.compile("[A-Za-z0-9]{1,16}");

    private final JourneyCases cases;
    private final JourneyRepository journeys;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public JourneyReader(JourneyCases cases, JourneyRepository journeys, WorkingDayCalendar calendar, Clock clock) {
        this.cases = cases;
        this.journeys = journeys;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The council's case with its events and clocks; another council's case is answered as an unknown one. */
    @Transactional(readOnly = true)
    public JourneyView journey(ClientIdentity client, String council, String caseId) {
        requireActingFor(client, council, "council");
        return view(cases.find(council, caseId).orElseThrow(() -> unknownCase(caseId)));
    }

    /** The journey of a case the caller has already found or written, inside the caller's transaction. */
    public JourneyView view(String caseId) {
        return view(journeys.findCase(caseId).orElseThrow(() -> unknownCase(caseId)));
    }

    private JourneyView view(JourneyCase found) {
        LocalDate today = LocalDate.now(clock);
        return new JourneyView(found.caseId(), found.council(), found.status(), found.openedOn(), found.planId(),
                found.child(), journeys.events(found.caseId()),
                journeys.clocks(found.caseId()).stream().map(c -> ClockView.of(c, today)).toList());
    }

    /**
     * The council's open clocks due within {@code within} working days from today, overdue ones first (earliest
     * due first).
     *
     * @param waitingOn a role ({@code HEALTH}, {@code PARENT_OR_YOUNG_PERSON}, …) or an authority code; null: all
     * @param kind      a clock kind; null: all
     */
    @Transactional(readOnly = true)
    public List<ClockView> councilClocks(ClientIdentity client, String council, Integer within, String waitingOn,
                                         String kind, Integer limit) {
        requireActingFor(client, council, "council");
        WaitingOn.Role role = null;
        String code = null;
        if (waitingOn != null) {
            role = roleNamed(waitingOn);
            if (role == null) {
                if (!AUTHORITY_CODE.matcher(waitingOn).matches()) {
                    throw invalid("waitingOn", "role-or-authority-code",
                            "must be one of " + Arrays.toString(WaitingOn.Role.values()) + " or an authority code");
                }
                code = waitingOn;
            }
        }
        ClockKind clockKind = kind == null ? null : kindNamed(kind);
        LocalDate today = LocalDate.now(clock);
        return journeys.openForCouncil(council, until(today, within), role, code, clockKind, limit(limit)).stream()
                .map(c -> ClockView.of(c, today)).toList();
    }

    /**
     * What is waiting on the caller's own authority, due within {@code within} working days. A council's social
     * care team sees only the clocks waiting on social care.
     */
    @Transactional(readOnly = true)
    public List<ClockView> partyClocks(ClientIdentity client, String party, Integer within, Integer limit) {
        requireActingFor(client, party, "party");
        LocalDate today = LocalDate.now(clock);
        return journeys.openForParty(party, until(today, within), limit(limit)).stream()
                .filter(c -> client.role() != ClientRole.SOCIAL_CARE
                        || c.waitingOn().role() == WaitingOn.Role.SOCIAL_CARE)
                .map(c -> ClockView.of(c, today)).toList();
    }

    /** The last day of the window: today plus N working days (0: only what is due today or overdue). */
    private LocalDate until(LocalDate today, Integer within) {
        int days = within == null ? DEFAULT_WITHIN : within;
        if (days < 0 || days > MAX_WITHIN) {
            throw invalid("within", "range-0-" + MAX_WITHIN, "must be 0 to " + MAX_WITHIN + " working days");
        }
        if (days == 0) {
            return today;
        }
        try {
            return calendar.nthWorkingDayBeginningWith(today.plusDays(1), days);
        } catch (OutsideCalendarException e) {
            throw invalid("within", "within-calendar", "reaches beyond the bank holiday calendar the hub ships");
        }
    }

    private static int limit(Integer limit) {
        int rows = limit == null ? DEFAULT_LIMIT : limit;
        if (rows < 1 || rows > MAX_LIMIT) {
            throw invalid("limit", "range-1-" + MAX_LIMIT, "must be 1 to " + MAX_LIMIT);
        }
        return rows;
    }

    private static WaitingOn.Role roleNamed(String name) {
        return Arrays.stream(WaitingOn.Role.values()).filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }

    static ClockKind kindNamed(String name) {
        return Arrays.stream(ClockKind.values()).filter(k -> k.name().equals(name)).findFirst()
                .orElseThrow(() -> invalid("kind", "known-clock-kind",
                        "must be one of " + Arrays.toString(ClockKind.values())));
    }

    private static RejectedException invalid(String field, String rule, String detail) {
        return RejectedException.of(Rejection.INVALID_VALUE, field, rule, "'" + field + "' " + detail, null);
    }

    /** A case the caller's council does not hold, whether absent or another council's: the same 404. */
    public static RejectedException unknownCase(String caseId) {
        return RejectedException.of(Rejection.NOT_FOUND, "caseId", "known-case",
                "there is no case " + caseId + " for this council", caseId);
    }

    public static void requireActingFor(ClientIdentity client, String authority, String field) {
        if (!client.authorityCode().equals(authority)) {
            throw RejectedException.of(Rejection.NOT_YOUR_AUTHORITY, field, "own-authority-only",
                    "this client acts for " + client.authorityCode() + " and may not act for " + authority,
                    authority);
        }
    }
}
