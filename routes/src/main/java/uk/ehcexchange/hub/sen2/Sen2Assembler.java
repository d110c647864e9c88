package uk.ehcexchange.hub.sen2;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.ehcexchange.adapters.sen2.Sen2ActivePlan;
import uk.ehcexchange.adapters.sen2.Sen2Assessment;
import uk.ehcexchange.adapters.sen2.Sen2NamedPlan;
import uk.ehcexchange.adapters.sen2.Sen2Need;
import uk.ehcexchange.adapters.sen2.Sen2Person;
import uk.ehcexchange.adapters.sen2.Sen2Placement;
import uk.ehcexchange.adapters.sen2.Sen2Request;
import uk.ehcexchange.hub.review.Review;
import uk.ehcexchange.hub.review.ReviewOutcome;
import uk.ehcexchange.hub.sen2.CouncilRecords.CaseRow;
import uk.ehcexchange.hub.sen2.CouncilRecords.EventRow;
import uk.ehcexchange.model.Child;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.model.Establishment;
import uk.ehcexchange.model.PlacementSection;
import uk.ehcexchange.model.PlanStatus;
import uk.ehcexchange.model.SenNeed;
import uk.ehcexchange.model.SenSetting;

/**
 * Turns what the hub holds about a council into the persons of its SEN2 return, for one collection period. Pure (no
 * database, no clock): the same records and period always give the same return. Nothing is checked here; a fact the
 * hub does not hold is left empty and {@code Sen2Rules} reports it against the child's row.
 *
 * <p>One request chain (SEN2 Requests) is one case of the statutory journey, or one plan the council maintains
 * without a case (made before the hub, or transferred in), or both when the case issued the plan. What each item is
 * made from, and which chains a period includes, is in docs/sen2.md. Everything dated after the census day is read
 * as not (yet) having happened.
 */
final class Sen2Assembler {

    private final CouncilRecords records;
    private final CollectionPeriod period;

    private Sen2Assembler(CouncilRecords records, CollectionPeriod period) {
        this.records = records;
        this.period = period;
    }

    /** The persons of the return, ordered by row reference, each with their requests oldest first. */
    static List<Sen2Person> persons(CouncilRecords records, CollectionPeriod period) {
        return new Sen2Assembler(records, period).assemble();
    }

    private record Chain(Child child, String row, LocalDate sortDay, Sen2Request request) {
    }

    private List<Sen2Person> assemble() {
        List<Chain> chains = new ArrayList<>();
        Map<String, CaseRow> caseOfPlan = new HashMap<>();
        for (CaseRow c : records.cases()) {
            if (c.planId() != null) {
                caseOfPlan.put(c.planId(), c);
            }
        }
        Set<String> planIds = new HashSet<>(records.plans().keySet());
        planIds.addAll(records.transfersOut().keySet());
        Set<String> chainedCases = new HashSet<>();
        for (String planId : planIds.stream().sorted().toList()) {
            CaseRow c = caseOfPlan.get(planId);
            if (c != null) {
                chainedCases.add(c.caseId());
            }
            planChain(planId, c).ifPresent(chains::add);
        }
        for (CaseRow c : records.cases()) {
            if (!chainedCases.contains(c.caseId()) && c.receivedOn() != null) {
                caseChain(c, null).ifPresent(chains::add);
            }
        }
        return group(chains);
    }

    // ---- chains ----

    /** A plan the council maintains or transferred out, with the case that issued it if there is one. */
    private Optional<Chain> planChain(String planId, CaseRow c) {
        CouncilRecords.TransferOut out = records.transfersOut().get(planId);
        EhcPlan plan = out != null ? out.plan() : records.plans().get(planId).plan();
        if (c != null && c.receivedOn() != null) {
            return caseChain(c, plan);
        }
        LocalDate start = plan.dates() == null ? null : plan.dates().issued();
        if (start != null && start.isAfter(period.referenceDate())) {
            return Optional.empty();
        }
        PlanFacts facts = planFacts(plan);
        if (!facts.active() && !period.contains(facts.ceaseDate()) && !period.contains(start)) {
            return Optional.empty();
        }
        Sen2Assessment assessment = new Sen2Assessment("H", null, null, namedPlan(plan, facts));
        Sen2Request request = new Sen2Request(null, null, null, "H", null, assessment,
                facts.active() ? activePlan(plan, facts) : null);
        Child child = plan.child() != null || c == null ? plan.child() : c.child();
        return Optional.of(new Chain(child, row(child, c == null ? planId : c.caseId()), start, request));
    }

    /** A request made through the hub, and the plan it led to when there is one. */
    private Optional<Chain> caseChain(CaseRow c, EhcPlan plan) {
        if (c.receivedOn().isAfter(period.referenceDate())) {
            return Optional.empty();
        }
        List<EventRow> events = records.events().getOrDefault(c.caseId(), List.of()).stream()
                .filter(e -> period.byCensus(e.on())).toList();
        EventRow decision = first(events, "DECIDED_TO_ASSESS", "DECIDED_NOT_TO_ASSESS", "REQUEST_WITHDRAWN");
        EventRow exported = first(events, "EXPORTED");
        String outcome;
        if (decision == null) {
            outcome = exported != null ? "W" : "A";
        } else {
            outcome = switch (decision.kind()) {
                case "DECIDED_TO_ASSESS" -> decision.on().isBefore(period.start()) ? "H" : "Y";
                case "DECIDED_NOT_TO_ASSESS" -> "N";
                default -> "W";
            };
        }
        boolean inPeriod = period.contains(c.receivedOn()) || decision != null && period.contains(decision.on())
                || exported != null && period.contains(exported.on());
        LocalDate decidedOn = decision == null || outcome.equals("H") ? null : decision.on();
        Child child = plan != null ? plan.child() : c.child();
        if (exported != null) {
            Sen2Request request = new Sen2Request(c.receivedOn(), c.requestSource(), decidedOn, outcome,
                    c.exportedTo(), null, null);
            return inPeriod ? Optional.of(chain(c, child, request)) : Optional.empty();
        }
        if (outcome.equals("N") || outcome.equals("W")) {
            Sen2Request request = new Sen2Request(c.receivedOn(), c.requestSource(), decidedOn, outcome, null, null,
                    null);
            return inPeriod ? Optional.of(chain(c, child, request)) : Optional.empty();
        }
        if (outcome.equals("A")) {
            return Optional.of(chain(c, child,
                    new Sen2Request(c.receivedOn(), c.requestSource(), null, "A", null, null, null)));
        }
        EventRow issued = first(events, "FINAL_PLAN_ISSUED");
        EventRow notIssued = first(events, "DECIDED_NOT_TO_ISSUE");
        Sen2Assessment assessment;
        Sen2ActivePlan active = null;
        boolean week20 = records.exceptions().contains(c.caseId());
        if (issued != null) {
            boolean historical = issued.on().isBefore(period.start());
            PlanFacts facts = plan == null ? null : planFacts(plan);
            assessment = new Sen2Assessment(historical ? "H" : "Y", historical ? null : issued.on(),
                    historical ? null : week20, plan == null ? null : namedPlan(plan, facts));
            if (facts != null && facts.active()) {
                active = activePlan(plan, facts);
            }
            inPeriod = inPeriod || !historical || facts != null && (facts.active()
                    || period.contains(facts.ceaseDate()));
        } else if (notIssued != null) {
            assessment = new Sen2Assessment("N", notIssued.on(), week20, null);
            inPeriod = inPeriod || period.contains(notIssued.on());
        } else {
            assessment = new Sen2Assessment("A", null, null, null);
            inPeriod = true;
        }
        if (!inPeriod) {
            return Optional.empty();
        }
        return Optional.of(chain(c, child, new Sen2Request(c.receivedOn(), c.requestSource(), decidedOn, outcome, null,
                assessment, active)));
    }

    /** The child as the plan has it when there is one (the council's latest record), else as the request had it. */
    private static Chain chain(CaseRow c, Child child, Sen2Request request) {
        return new Chain(child, row(child, c.caseId()), c.receivedOn(), request);
    }

    // ---- plans ----

    /** When and why the plan ceased (if by the census day), and whether it was transferred in during the period. */
    private record PlanFacts(LocalDate ceaseDate, String ceaseReason, String transferLa) {
        boolean active() {
            return ceaseDate == null;
        }
    }

    /**
     * A plan ceases for SEN2 when it is transferred out (reason 5, on the transfer date) or stored as CEASED. A review
     * decision to cease is not the end of the plan (the family may appeal; the council ceases it afterwards): until
     * the plan is stored as CEASED it stays active with ReviewOutcome C. Once it is, the cease day and reason are the
     * review decision's when there is one, else the day the hub stored the ceased plan and its reason.
     */
    private PlanFacts planFacts(EhcPlan plan) {
        LocalDate ceaseDate = null;
        String reason = null;
        CouncilRecords.TransferOut out = records.transfersOut().get(plan.planId());
        if (out != null && period.byCensus(out.transferDate())) {
            ceaseDate = out.transferDate();
            reason = "5";
        } else if (plan.status() == PlanStatus.CEASED) {
            Review ceasing = reviews(plan.planId()).stream()
                    .filter(r -> r.outcome() == ReviewOutcome.CEASE && period.byCensus(r.decidedOn()))
                    .reduce((first, second) -> second).orElse(null);
            CouncilRecords.StoredPlan stored = records.plans().get(plan.planId());
            LocalDate storedOn = stored == null ? null : stored.storedOn();
            if (period.byCensus(storedOn)) {
                ceaseDate = ceasing != null ? ceasing.decidedOn() : storedOn;
                reason = ceasing != null && ceasing.ceaseReason() != null ? ceasing.ceaseReason().toString()
                        : plan.ceasedReason() == null ? null : plan.ceasedReason().sen2Code();
            }
        }
        CouncilRecords.TransferIn in = records.transfersIn().get(plan.planId());
        String transferLa = in != null && period.contains(in.transferDate()) ? in.fromCouncil() : null;
        return new PlanFacts(ceaseDate, reason, transferLa);
    }

    private Sen2NamedPlan namedPlan(EhcPlan plan, PlanFacts facts) {
        LocalDate start = plan.dates() == null ? null : plan.dates().issued();
        return new Sen2NamedPlan(start, placements(plan), facts.ceaseDate(), facts.ceaseReason());
    }

    private Sen2ActivePlan activePlan(EhcPlan plan, PlanFacts facts) {
        List<Sen2Need> needs = plan.needTypes().stream()
                .sorted(Comparator.comparing(SenNeed::rank, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(n -> new Sen2Need(n.type() == null ? null : n.type().sen2Code(), n.rank())).toList();
        List<Review> reviews = reviews(plan.planId());
        Review.Sen2 held = reviews.stream().filter(r -> period.contains(r.heldOn()))
                .reduce((first, second) -> second).map(Review::sen2).orElse(null);
        Review.Sen2 phase = reviews.stream()
                .filter(r -> r.phaseTransferDue() != null && period.byCensus(r.meetingOn())
                        && !r.phaseTransferDue().dueOn().isBefore(period.start()))
                .reduce((first, second) -> second).map(Review::sen2).orElse(null);
        return new Sen2ActivePlan(facts.transferLa(), placements(plan), needs,
                held == null ? null : held.reviewMeeting(),
                held == null || !period.byCensus(held.lastReview()) ? null : held.reviewOutcome(),
                held == null ? null : censusDay(held.reviewDraft()),
                phase == null ? null : phase.phaseTransferDueDate(),
                phase == null ? null : censusDay(phase.phaseTransferFinalDate()),
                held == null ? null : censusDay(held.lastReview()));
    }

    /** Section I as PlanDetail / PlacementDetail: the institution's URN (else UKPRN), or the type of placement. */
    private static List<Sen2Placement> placements(EhcPlan plan) {
        PlacementSection i = plan.sections() == null ? null : plan.sections().i();
        if (i == null) {
            return List.of();
        }
        Establishment e = i.establishment();
        if (e != null && (e.urn() != null || e.ukprn() != null)) {
            return List.of(new Sen2Placement(e.urn(), e.urn() == null ? e.ukprn() : null, null, null, 1, null,
                    null));
        }
        SenSetting type = i.placementType();
        if (type != null) {
            return List.of(new Sen2Placement(null, null, type.sen2Code(),
                    type == SenSetting.OTH ? i.placementDescription() : null, 1, null, null));
        }
        return List.of();
    }

    private List<Review> reviews(String planId) {
        return records.reviews().getOrDefault(planId, List.of());
    }

    private LocalDate censusDay(LocalDate day) {
        return period.byCensus(day) ? day : null;
    }

    // ---- persons ----

    /**
     * One person per child: chains are the same child when they share a UPN, else a ULN, else the council's case
     * reference; a child with none of these is a person of their own per chain.
     */
    private static List<Sen2Person> group(List<Chain> chains) {
        Map<String, List<Chain>> byChild = new LinkedHashMap<>();
        for (Chain chain : chains) {
            byChild.computeIfAbsent(childKey(chain), k -> new ArrayList<>()).add(chain);
        }
        List<Sen2Person> persons = new ArrayList<>();
        for (List<Chain> same : byChild.values()) {
            same.sort(Comparator.comparing(Chain::sortDay, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(Chain::row));
            Chain latest = same.get(same.size() - 1);
            Child child = latest.child();
            String row = same.stream().map(Chain::row).sorted().findFirst().orElseThrow();
            persons.add(new Sen2Person(row, child.familyName(), child.givenName(), child.dateOfBirth(), child.sex(),
                    child.ethnicity(), child.postcode(), child.upn(), child.uln(), child.upnUnknown(),
                    same.stream().map(Chain::request).toList()));
        }
        persons.sort(Comparator.comparing(Sen2Person::row));
        return persons;
    }

    private static String childKey(Chain chain) {
        Child child = chain.child();
        if (child.upn() != null) {
            return "upn:" + child.upn();
        }
        if (child.uln() != null) {
            return "uln:" + child.uln();
        }
        if (child.localCaseReference() != null) {
            return "ref:" + child.localCaseReference();
        }
        return "row:" + chain.row();
    }

    /** The council's own case reference, else the hub's case (or plan) id: never a name. */
    private static String row(Child child, String hubId) {
        return child != null && child.localCaseReference() != null ? child.localCaseReference() : hubId;
    }

    private static EventRow first(List<EventRow> events, String... kinds) {
        for (EventRow e : events) {
            for (String kind : kinds) {
                if (e.kind().equals(kind)) {
                    return e;
                }
            }
        }
        return null;
    }
}
