package uk.ehcexchange.adapters.sen2;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import uk.ehcexchange.model.Sen2PersonCodes;
import uk.ehcexchange.model.reference.EnglishLocalAuthorities;

/**
 * The SEN2 rules a schema cannot express, as the reference lists them (SEN2-AND-CLOCKS.md 1.3 and 1.6, quoting the
 * DfE guide via the community XSDs; the DfE's own validation spreadsheet was not found, so these are the guide's
 * words, not its error numbers). Each finding names the child by its row reference, the guide's item number and the
 * rule; never a name or other personal data. A person with any finding is not complete enough to report.
 *
 * <p>Rules, by item: 1.1-1.5 the person's mandatory items; 1.7 one of UPN, ULN or UPNunknown; 2 at least one
 * request; 2.1/2.2 received date and source unless historical (H); 2.5 outcome, and for A or W nothing further;
 * 2.4 decision date for Y and N; 2.8 nothing further after Exported, which must be another English LA; 3.1 for A or
 * W nothing further; 3.2 outcome date for Y and N; 4.1 start date; 4.5/4.6 cease date and reason together; 4.7 and
 * 5.7 one or two placements, each with exactly one of URN, UKPRN or SENSetting and a rank, ranks not repeated;
 * 5.1 TransferLA another English LA; 5.8 one or two needs, ranked, one primary; and a plan ceased is not active.
 */
public final class Sen2Rules {

    private static final Set<String> OUTCOMES = Set.of("Y", "N", "A", "W", "H");
    private static final Pattern UPN = Pattern.compile("[A-Z]\\d{12}|[A-Z]\\d{11}[A-Z]");
    private static final Pattern ULN = Pattern.compile("\\d{10}");

    private Sen2Rules() {
    }

    /** Every rule the person breaks; empty when the person can be reported. */
    public static List<Sen2Finding> check(Sen2Person person, String ownLa) {
        Findings f = new Findings(person.row());
        f.require(person.surname(), "1.1", "Surname");
        f.require(person.forename(), "1.2", "Forename");
        f.require(person.birthDate(), "1.3", "PersonBirthDate");
        if (f.require(person.sex(), "1.4", "Sex (the child's sex, M or F, on the council's record of the child)")
                && !Sen2PersonCodes.SEX.contains(person.sex())) {
            f.add("1.4", "code-list", "Sex must be M or F");
        }
        if (f.require(person.ethnicity(), "1.5", "Ethnicity (a CBDS code on the council's record of the child)")
                && !Sen2PersonCodes.ETHNICITY.contains(person.ethnicity())) {
            f.add("1.5", "code-list", "Ethnicity must be a CBDS ethnicity code");
        }
        if (person.upn() == null && person.uln() == null && person.upnUnknown() == null) {
            f.add("1.7", "upn-uln-or-reason",
                    "one of UPN, UniqueLearnerNumber or UPNunknown (the reason there is neither) is required");
        }
        if (person.upn() != null && !UPN.matcher(person.upn()).matches()) {
            f.add("1.7a", "upn-format", "UPN must be a letter and 12 digits, or a letter, 11 digits and a letter");
        }
        if (person.uln() != null && !ULN.matcher(person.uln()).matches()) {
            f.add("1.7b", "uln-format", "UniqueLearnerNumber must be 10 digits");
        }
        if (person.upnUnknown() != null && !Sen2PersonCodes.UPN_UNKNOWN.contains(person.upnUnknown())) {
            f.add("1.7c", "code-list", "UPNunknown must be one of " + Sen2PersonCodes.UPN_UNKNOWN);
        }
        if (person.requests().isEmpty()) {
            f.add("2", "request-required", "a person is reported with at least one request");
        }
        int n = 0;
        for (Sen2Request request : person.requests()) {
            request(f, request, ownLa, ++n, person.requests().size() > 1);
        }
        return f.findings;
    }

    private static void request(Findings f, Sen2Request r, String ownLa, int n, boolean several) {
        String at = several ? " (request " + n + ")" : "";
        String outcome = r.requestOutcome();
        if (outcome == null) {
            f.add("2.5", "required", "RequestOutcome is required" + at);
            return;
        }
        if (!OUTCOMES.contains(outcome)) {
            f.add("2.5", "code-list", "RequestOutcome must be Y, N, A, W or H" + at);
            return;
        }
        boolean historical = outcome.equals("H");
        if (!historical && r.receivedDate() == null) {
            f.add("2.1", "received-date-required", "ReceivedDate is required unless RequestOutcome is H" + at);
        }
        if (!historical && r.requestSource() == null) {
            f.add("2.2", "request-source-required", "RequestSource is required unless RequestOutcome is H" + at);
        }
        if ((outcome.equals("Y") || outcome.equals("N")) && r.requestOutcomeDate() == null) {
            f.add("2.4", "request-outcome-date-required", "RequestOutcomeDate is required for Y and N" + at);
        }
        if ((outcome.equals("A") || outcome.equals("W") || outcome.equals("N"))
                && (r.assessment() != null || r.activePlan() != null)) {
            f.add("2.5", "request-short-circuit", "after RequestOutcome " + outcome
                    + " nothing further is reported for the request" + at);
        }
        if (r.exported() != null && historical) {
            f.add("2.8", "exported-short-circuit", "a historical request (H) is not exported" + at);
        }
        if (r.exported() != null) {
            otherLa(f, "2.8", "Exported", r.exported(), ownLa, at);
            if (r.assessment() != null || r.activePlan() != null) {
                f.add("2.8", "exported-short-circuit", "after Exported nothing further is reported by the"
                        + " exporting LA" + at);
            }
        }
        if (outcome.equals("Y") && r.exported() == null && r.assessment() == null) {
            f.add("3.1", "assessment-required", "RequestOutcome Y needs the Assessment module" + at);
        }
        Sen2Assessment a = r.assessment();
        if (a != null) {
            assessment(f, a, r.activePlan() != null, at);
        }
        if (r.activePlan() != null) {
            activePlan(f, r.activePlan(), ownLa, at);
        }
    }

    private static void assessment(Findings f, Sen2Assessment a, boolean active, String at) {
        String outcome = a.outcome();
        if (outcome == null) {
            f.add("3.1", "required", "AssessmentOutcome is required" + at);
            return;
        }
        if (!OUTCOMES.contains(outcome)) {
            f.add("3.1", "code-list", "AssessmentOutcome must be Y, N, A, W or H" + at);
            return;
        }
        if ((outcome.equals("A") || outcome.equals("W") || outcome.equals("N"))
                && (a.namedPlan() != null || active)) {
            f.add("3.1", "assessment-short-circuit", "after AssessmentOutcome " + outcome
                    + " there is no NamedPlan and no ActivePlans" + at);
        }
        if ((outcome.equals("Y") || outcome.equals("N")) && a.outcomeDate() == null) {
            f.add("3.2", "outcome-date-required", "AssessmentOutcomeDate is required for Y and N" + at);
        }
        Sen2NamedPlan plan = a.namedPlan();
        if ((outcome.equals("Y") || outcome.equals("H")) && plan == null) {
            f.add("4", "named-plan-required", "AssessmentOutcome " + outcome + " needs the NamedPlan module" + at);
        }
        if (plan == null) {
            return;
        }
        f.require(plan.startDate(), "4.1", "StartDate (the day the plan was issued)" + at);
        if ((plan.ceaseDate() == null) != (plan.ceaseReason() == null)) {
            f.add("4.6", "cease-date-and-reason", "CeaseDate and CeaseReason are given together" + at);
        }
        if (plan.ceaseDate() != null && active) {
            f.add("5", "ceased-plan-not-active", "a plan with a CeaseDate is not reported in ActivePlans" + at);
        }
        placements(f, "4.7", "PlanDetail", plan.planDetails(), at);
    }

    private static void activePlan(Findings f, Sen2ActivePlan p, String ownLa, String at) {
        if (p.transferLa() != null) {
            otherLa(f, "5.1", "TransferLA", p.transferLa(), ownLa, at);
        }
        placements(f, "5.7", "PlacementDetail", p.placements(), at);
        if (p.needs().isEmpty() || p.needs().size() > 2) {
            f.add("5.8", "sen-type-required", "one or two SENneed (type of need, ranked) are required, "
                    + p.needs().size() + " recorded on the plan" + at);
        } else {
            Set<Integer> ranks = new HashSet<>();
            for (Sen2Need need : p.needs()) {
                if (need.senType() == null || need.rank() == null || !ranks.add(need.rank())) {
                    f.add("5.8", "sen-type-ranked", "each SENneed has a SENtype and its own SENtypeRank" + at);
                }
            }
            if (!ranks.contains(1)) {
                f.add("5.8", "primary-need", "one SENneed is the primary need (SENtypeRank 1)" + at);
            }
        }
    }

    private static void placements(Findings f, String item, String element, List<Sen2Placement> placements,
                                   String at) {
        if (placements.isEmpty() || placements.size() > 2) {
            f.add(item, "placement-required", "one or two " + element + " are required, " + placements.size()
                    + " known" + at);
            return;
        }
        Set<Integer> ranks = new HashSet<>();
        for (Sen2Placement p : placements) {
            int given = (p.urn() == null ? 0 : 1) + (p.ukprn() == null ? 0 : 1) + (p.senSetting() == null ? 0 : 1);
            if (given != 1) {
                f.add(item, "one-of-urn-ukprn-setting", element + " has exactly one of URN, UKPRN or SENSetting, "
                        + given + " given" + at);
            }
            if (p.rank() == null) {
                f.add(item + "d", "rank-required", element + " needs PlacementRank" + at);
            } else if (!ranks.add(p.rank())) {
                f.add(item + "d", "rank-unique", element + " ranks are 1 and 2, each once" + at);
            }
        }
    }

    private static void otherLa(Findings f, String item, String element, String la, String ownLa, String at) {
        if (la.equals(ownLa)) {
            f.add(item, "another-la", element + " names another LA, not the reporting one" + at);
        } else if (!EnglishLocalAuthorities.isKnownLaCode(la)) {
            f.add(item, "known-la-code", element + " must be a DfE LA number of an English LA" + at);
        }
    }

    /** The findings of one person, each naming its row. */
    private static final class Findings {
        private final String row;
        private final List<Sen2Finding> findings = new ArrayList<>();

        Findings(String row) {
            this.row = row;
        }

        void add(String item, String rule, String message) {
            findings.add(new Sen2Finding(row, item, rule, message));
        }

        boolean require(Object value, String item, String what) {
            if (value == null || value instanceof String s && s.isBlank()) {
                add(item, "required", what + " is required and the hub does not hold it");
                return false;
            }
            return true;
        }
    }
}
