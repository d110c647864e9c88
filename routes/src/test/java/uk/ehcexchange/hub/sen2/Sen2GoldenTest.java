package uk.ehcexchange.hub.sen2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.ehcexchange.adapters.sen2.Sen2Finding;
import uk.ehcexchange.adapters.sen2.Sen2Header;
import uk.ehcexchange.hub.review.Review;
import uk.ehcexchange.hub.review.ReviewKind;
import uk.ehcexchange.hub.review.ReviewOutcome;
import uk.ehcexchange.hub.sen2.CouncilRecords.CaseRow;
import uk.ehcexchange.hub.sen2.CouncilRecords.EventRow;
import uk.ehcexchange.model.CeasedReason;
import uk.ehcexchange.model.Child;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.model.Establishment;
import uk.ehcexchange.model.EstablishmentType;
import uk.ehcexchange.model.PlacementSection;
import uk.ehcexchange.model.PlanDates;
import uk.ehcexchange.model.PlanSections;
import uk.ehcexchange.model.PlanStatus;
import uk.ehcexchange.model.SenNeed;
import uk.ehcexchange.model.SenSetting;
import uk.ehcexchange.model.SenType;

/**
 * The SEN2 2027 return of a small hand-worked Hertfordshire (919) caseload, through every code path the hub
 * reports, compared with the checked-in {@code golden-919-2027.xml} and valid against the published XSD. The
 * records are what the journey, review and transfer services store (see Sen2ExportServiceTest for the same read from
 * the database); each child's row reference says what it exercises. Period: 1 January 2026 to census day
 * 21 January 2027.
 *
 * <p>Expected, by row (worked by hand from docs/sen2.md):
 * <ul>
 *   <li>A-ONGOING: request 2 Nov 2026, no decision: RequestOutcome A, nothing further; UPNunknown UN1.</li>
 *   <li>B-TWO-REQUESTS: one child (same UPN), two requests: decided not to assess (N, 10 Apr 2026), then a new
 *       request on 5 Oct 2026 still undecided (A).</li>
 *   <li>C-WITHDRAWN: withdrawn 20 May 2026: W with its date.</li>
 *   <li>D-ASSESSING: assessing since 10 Sep 2026: Y, AssessmentOutcome A.</li>
 *   <li>E-NOT-ISSUED: decision not to issue notified 20 May 2026: AssessmentOutcome N, its date, Week20 0.</li>
 *   <li>F-ISSUED: final plan 29 May 2026 within 20 weeks, URN, ASD and SLCN: Y, Week20 0, active.</li>
 *   <li>G-WEEK20: final plan 31 Jul 2026 with a reg 13(3) exception recorded: Week20 1; placement type OTH with
 *       its description.</li>
 *   <li>H-EXPORTED: assessing, moved to Luton (821) on 15 Jun 2026: RequestOutcome Y, Exported 821, no
 *       Assessment.</li>
 *   <li>I-EXPORTED-EARLY: moved to Cambridgeshire (873) before the decision: RequestOutcome W, Exported 873.</li>
 *   <li>J-HISTORIC-M: plan of 2019 (no case): H / H, UKPRN, review held 10 Mar 2026, maintained 24 Mar.</li>
 *   <li>K-HISTORIC-REQUEST: decided to assess in 2025 (H), plan issued 20 Feb 2026 (Y); phase-transfer review held
 *       5 Nov 2026, amend decided 19 Nov, draft amended plan 26 Nov, reg 18 date 15 Feb 2027.</li>
 *   <li>L-TRANSFER-IN: transferred in from Luton (821) on 1 Sep 2026: H / H, TransferLA 821; ULN only.</li>
 *   <li>M-TRANSFER-OUT: transferred to Bedford (822) on 12 Oct 2026: CeaseDate, CeaseReason 5, not active.</li>
 *   <li>N-CEASED-1 .. N-CEASED-9 (not 5): ceased in the period for each other reason; N-CEASED-1 after a review
 *       decision to cease (CeaseDate = that decision, 16 Jun 2026, though stored ceased on 3 Aug), the others by the
 *       plan update (the day the hub stored it, 1 to 7 Jul 2026).</li>
 *   <li>Q-REVIEW-C: review held 1 Dec 2026, decided to cease 3 Dec, plan not yet ceased: active, ReviewOutcome C.</li>
 *   <li>O-CEASED-2025: ceased in 2025: not in the return.</li>
 *   <li>P-INCOMPLETE: active plan, but no sex, ethnicity or type of need recorded: left out of the XML, listed.</li>
 * </ul>
 */
class Sen2GoldenTest {

    static final String GOLDEN = "/uk/ehcexchange/hub/sen2/golden-919-2027.xml";
    private static final String HERTS = "919";
    private static final CollectionPeriod PERIOD = CollectionPeriod.of("2027");
    private static final Sen2Header HEADER = new Sen2Header(2027, PERIOD.referenceDate(), HERTS, "EHC Exchange", "1.0",
            "001", OffsetDateTime.of(2027, 1, 22, 9, 30, 0, 0, ZoneOffset.UTC), "Y", "Y", "R");

    private final Map<String, CouncilRecords.StoredPlan> plans = new LinkedHashMap<>();
    private final List<CaseRow> cases = new ArrayList<>();
    private final Map<String, List<EventRow>> events = new HashMap<>();
    private final Set<String> exceptions = new HashSet<>();
    private final Map<String, List<Review>> reviews = new HashMap<>();
    private final Map<String, CouncilRecords.TransferOut> transfersOut = new HashMap<>();
    private final Map<String, CouncilRecords.TransferIn> transfersIn = new HashMap<>();

    @Test
    void theHandWorkedCaseloadGivesTheGoldenFileValidAgainstTheXsd() throws IOException {
        Sen2Export.Result result = Sen2Export.write(HERTS, PERIOD, Sen2Assembler.persons(caseload(), PERIOD), HEADER);

        String xml = new String(result.xml(), StandardCharsets.UTF_8);
        // What was written, for a reviewer to compare (and, after reviewing it by hand, to copy over the golden file).
        Files.writeString(Path.of("target", "sen2-golden-actual.xml"), xml, StandardCharsets.UTF_8);
        assertThat(xml).isEqualTo(golden());
        Sen2Report report = result.report();
        assertThat(report.schemaValid()).isTrue();
        assertThat(report.personsReported()).isEqualTo(22);
        assertThat(report.personsLeftOut()).isEqualTo(1);
        assertThat(report.requests()).isEqualTo(23);
        assertThat(report.activePlans()).isEqualTo(6);
        assertThat(report.findings()).extracting(Sen2Finding::row).containsOnly("P-INCOMPLETE");
        assertThat(report.findings()).extracting(Sen2Finding::item, Sen2Finding::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1.4", "required"),
                org.assertj.core.groups.Tuple.tuple("1.5", "required"),
                org.assertj.core.groups.Tuple.tuple("5.8", "sen-type-required"));
        assertThat(xml).doesNotContain("P-INCOMPLETE", "Incomplete", "O-CEASED-2025", "Lapsed");
    }

    private static String golden() throws IOException {
        try (InputStream in = Sen2GoldenTest.class.getResourceAsStream(GOLDEN)) {
            return in == null ? "(no golden file: review target/sen2-golden-actual.xml and copy it to src/test/resources" + GOLDEN + ")"
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The hand-worked caseload, as the hub's tables hold it. */
    CouncilRecords caseload() {
        request("A-ONGOING", child("A-ONGOING", null, "UN1", "Ada", LocalDate.of(2023, 2, 1)), d(2026, 11, 2), 1);

        Child twice = child("B-TWO-REQUESTS", "A919000000002", null, "Ben", LocalDate.of(2015, 6, 12));
        String b1 = request("B-TWO-REQUESTS", twice, d(2026, 3, 2), 2);
        event(b1, "DECIDED_NOT_TO_ASSESS", d(2026, 4, 10));
        request("B-TWO-REQUESTS-2", twice, d(2026, 10, 5), 1);

        String c = request("C-WITHDRAWN", child("C-WITHDRAWN", "A919000000003", null, "Cal",
                LocalDate.of(2014, 1, 3)), d(2026, 5, 4), 1);
        event(c, "REQUEST_WITHDRAWN", d(2026, 5, 20));

        String dd = request("D-ASSESSING", child("D-ASSESSING", "A919000000004", null, "Dee",
                LocalDate.of(2019, 9, 30)), d(2026, 8, 3), 3);
        event(dd, "DECIDED_TO_ASSESS", d(2026, 9, 10));

        String e = request("E-NOT-ISSUED", child("E-NOT-ISSUED", "A919000000005", null, "Eli",
                LocalDate.of(2012, 4, 4)), d(2026, 2, 2), 2);
        event(e, "DECIDED_TO_ASSESS", d(2026, 3, 9));
        event(e, "DECIDED_NOT_TO_ISSUE", d(2026, 5, 20));

        Child fChild = child("F-ISSUED", "A919000000006", null, "Fay", LocalDate.of(2017, 11, 20));
        String f = request("F-ISSUED", fChild, d(2026, 1, 12), 1);
        event(f, "DECIDED_TO_ASSESS", d(2026, 2, 16));
        event(f, "FINAL_PLAN_ISSUED", d(2026, 5, 29));
        plan("P-F", fChild, d(2026, 5, 29), PlanStatus.FINAL, null, school("117000", null),
                List.of(new SenNeed(SenType.ASD, 1), new SenNeed(SenType.SLCN, 2)), d(2026, 5, 29));
        link(f, "P-F");

        Child gChild = child("G-WEEK20", "A919000000007", null, "Gus", LocalDate.of(2011, 8, 8));
        String g = request("G-WEEK20", gChild, d(2026, 2, 9), 3);
        event(g, "DECIDED_TO_ASSESS", d(2026, 3, 20));
        event(g, "FINAL_PLAN_ISSUED", d(2026, 7, 31));
        exceptions.add(g);
        plan("P-G", gChild, d(2026, 7, 31), PlanStatus.FINAL, null,
                new PlacementSection(null, null, SenSetting.OTH, "Hospital education service"),
                List.of(new SenNeed(SenType.SEMH, 1)), d(2026, 7, 31));
        link(g, "P-G");

        String h = request("H-EXPORTED", child("H-EXPORTED", "A919000000008", null, "Hal",
                LocalDate.of(2016, 2, 29)), d(2026, 4, 6), 4);
        event(h, "DECIDED_TO_ASSESS", d(2026, 5, 11));
        event(h, "EXPORTED", d(2026, 6, 15));
        exported(h, "821");

        String i = request("I-EXPORTED-EARLY", child("I-EXPORTED-EARLY", "A919000000009", null, "Ivy",
                LocalDate.of(2018, 12, 1)), d(2026, 9, 7), 5);
        event(i, "EXPORTED", d(2026, 9, 21));
        exported(i, "873");

        plan("P-J", child("J-HISTORIC-M", "A919000000010", null, "Jo", LocalDate.of(2008, 3, 3)), d(2019, 3, 14),
                PlanStatus.FINAL, null, school(null, "10012345"), List.of(new SenNeed(SenType.MLD, 1)),
                d(2025, 1, 1));
        review("P-J", 7, ReviewKind.ANNUAL, d(2026, 3, 10), ReviewOutcome.MAINTAIN, d(2026, 3, 24), null, null, null);

        Child kChild = child("K-HISTORIC-REQUEST", "A919000000011", null, "Kit", LocalDate.of(2015, 10, 10));
        String k = request("K-HISTORIC-REQUEST", kChild, d(2025, 10, 6), 2);
        event(k, "DECIDED_TO_ASSESS", d(2025, 11, 14));
        event(k, "FINAL_PLAN_ISSUED", d(2026, 2, 20));
        plan("P-K", kChild, d(2026, 2, 20), PlanStatus.FINAL, null, school("117222", null),
                List.of(new SenNeed(SenType.DS, 1)), d(2026, 11, 26));
        link(k, "P-K");
        review("P-K", 1, ReviewKind.PHASE_TRANSFER, d(2026, 11, 5), ReviewOutcome.AMEND, d(2026, 11, 19), null,
                d(2026, 11, 26), d(2027, 2, 15));

        plan("P-L", new Child(null, null, "4012345678", "L-TRANSFER-IN", "Lou", "Transferred-In",
                        LocalDate.of(2009, 5, 5), "LU1 2AB", null, "F", "MWBC", null), d(2022, 6, 1),
                PlanStatus.FINAL, null, school("117111", null), List.of(new SenNeed(SenType.PD, 1)),
                d(2026, 9, 1));
        transfersIn.put("P-L", new CouncilRecords.TransferIn("821", d(2026, 9, 1)));

        Child mChild = child("M-TRANSFER-OUT", "A919000000013", null, "Max", LocalDate.of(2013, 7, 7));
        EhcPlan m = plan(mChild, "P-M", d(2020, 9, 1), PlanStatus.FINAL, null, school("117333", null),
                List.of(new SenNeed(SenType.HI, 1)));
        transfersOut.put("P-M", new CouncilRecords.TransferOut(m, "822", d(2026, 10, 12)));

        plan("P-N1", child("N-CEASED-1", "A919000000101", null, "Nia", LocalDate.of(2001, 4, 1)), d(2017, 1, 9),
                PlanStatus.CEASED, CeasedReason.REACHED_MAXIMUM_AGE, school(null, "10054321"),
                List.of(new SenNeed(SenType.SLD, 1)), d(2026, 8, 3));
        review("P-N1", 8, ReviewKind.ANNUAL, d(2026, 6, 2), ReviewOutcome.CEASE, d(2026, 6, 16), 1, null, null);
        int day = 1;
        for (CeasedReason reason : CeasedReason.values()) {
            String code = reason.sen2Code();
            if (code.equals("1") || code.equals("5")) {
                continue;
            }
            plan("P-N" + code, child("N-CEASED-" + code, "A91900000010" + code, null, "Ned", LocalDate.of(2006,
                            1, Integer.parseInt(code))), d(2018, 9, 1), PlanStatus.CEASED, reason,
                    school("1174" + code + "0", null), List.of(new SenNeed(SenType.OTH, 1)), d(2026, 7, day++));
        }
        plan("P-Q", child("Q-REVIEW-C", "A919000000017", null, "Quin", LocalDate.of(2007, 9, 9)), d(2015, 5, 5),
                PlanStatus.FINAL, null, school("117777", null), List.of(new SenNeed(SenType.MSI, 1)),
                d(2015, 5, 5));
        review("P-Q", 11, ReviewKind.ANNUAL, d(2026, 12, 1), ReviewOutcome.CEASE, d(2026, 12, 3), 2, null, null);
        plan("P-O", child("O-CEASED-2025", "A919000000015", null, "Lapsed", LocalDate.of(2005, 5, 5)),
                d(2016, 3, 3), PlanStatus.CEASED, CeasedReason.OTHER, school("117555", null),
                List.of(new SenNeed(SenType.VI, 1)), d(2025, 6, 30));

        plan("P-P", new Child(null, "A919000000016", null, "P-INCOMPLETE", "Incomplete", "Record",
                        LocalDate.of(2014, 2, 2), null), d(2021, 3, 3), PlanStatus.FINAL, null,
                school("117666", null), List.of(), d(2021, 3, 3));

        return new CouncilRecords(HERTS, plans, cases, events, exceptions, reviews, transfersOut, transfersIn);
    }

    // ---- builders: what the services would have stored ----

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    /** A child with the SEN2 person items; the family name says it is a fictional record. */
    private static Child child(String ref, String upn, String upnUnknown, String given, LocalDate born) {
        return new Child(null, upn, null, ref, given, "Example", born, "SG13 7QX", null, born.getDayOfMonth() % 2 == 0
                ? "F" : "M", "WBRI", upnUnknown);
    }

    private static PlacementSection school(String urn, String ukprn) {
        return new PlacementSection(null, new Establishment("A school", urn, ukprn,
                urn != null ? EstablishmentType.SPECIAL_SCHOOL : EstablishmentType.FURTHER_EDUCATION_COLLEGE));
    }

    private String request(String caseId, Child child, LocalDate received, int source) {
        cases.add(new CaseRow(caseId, child, null, received, "REQUESTED", received, source, null));
        return caseId;
    }

    private void event(String caseId, String kind, LocalDate on) {
        events.computeIfAbsent(caseId, k -> new ArrayList<>()).add(new EventRow(kind, on, null));
    }

    private void exported(String caseId, String to) {
        replaceCase(caseId, c -> new CaseRow(c.caseId(), c.child(), null, c.openedOn(), "EXPORTED", c.receivedOn(),
                c.requestSource(), to));
    }

    private void link(String caseId, String planId) {
        replaceCase(caseId, c -> new CaseRow(c.caseId(), c.child(), planId, c.openedOn(), "PLAN_MAINTAINED",
                c.receivedOn(), c.requestSource(), null));
    }

    private void replaceCase(String caseId, java.util.function.UnaryOperator<CaseRow> change) {
        cases.replaceAll(c -> c.caseId().equals(caseId) ? change.apply(c) : c);
    }

    private static EhcPlan plan(Child child, String planId, LocalDate issued, PlanStatus status, CeasedReason reason,
                                PlacementSection i, List<SenNeed> needs) {
        return new EhcPlan(planId, HERTS, status, reason, new PlanDates(null, issued, null), child, needs,
                new PlanSections(null, null, null, null, null, null, null, null, null, i, null, null));
    }

    private void plan(String planId, Child child, LocalDate issued, PlanStatus status, CeasedReason reason,
                      PlacementSection i, List<SenNeed> needs, LocalDate storedOn) {
        plans.put(planId, new CouncilRecords.StoredPlan(plan(child, planId, issued, status, reason, i, needs),
                storedOn));
    }

    /** A concluded review as ReviewRepository reads it back, with its SEN2 items worked out the same way. */
    private void review(String planId, int cycle, ReviewKind kind, LocalDate held, ReviewOutcome outcome,
                        LocalDate decided, Integer ceaseReason, LocalDate served, LocalDate phaseDue) {
        Review.Due due = phaseDue == null ? null : new Review.Due(phaseDue, "reg 18", "SEND Regulations 2014, reg 18");
        Review.Sen2 sen2 = new Review.Sen2(held, decided, outcome.sen2(), served, phaseDue, null);
        reviews.computeIfAbsent(planId, k -> new ArrayList<>()).add(new Review("R-" + planId + "-" + cycle, HERTS,
                planId, null, cycle, kind, null, null, null, new Review.Due(held.plusDays(14), "s44", "CFA 2014 s44"),
                due, held.minusDays(21), held, held, held.plusDays(7), outcome, decided, ceaseReason, 1, served,
                null, null, null, "CONCLUDED", sen2, List.of(), List.of()));
    }
}
