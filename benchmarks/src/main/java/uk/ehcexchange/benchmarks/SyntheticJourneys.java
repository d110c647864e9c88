package uk.ehcexchange.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import uk.ehcexchange.model.CanonicalJson;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.model.PlanStatus;
import uk.ehcexchange.statutory.AssessmentClock;
import uk.ehcexchange.statutory.PhaseTransfer;
import uk.ehcexchange.statutory.PhaseTransferClock;
import uk.ehcexchange.statutory.ReviewClock;
import uk.ehcexchange.statutory.StatutoryDate;
import uk.ehcexchange.statutory.WorkingDayCalendar;

/**
 * The statutory journey of each plan of a {@link uk.ehcexchange.samples.SyntheticCaseload}, as rows of the hub's
 * journey tables (V60: {@code ehc_case}, {@code journey_event}, {@code statutory_clock}), for measuring the
 * due-and-overdue lists on a realistic volume.
 *
 * <p>Built from the plan's own dates: the assessment (decision whether to assess, advice from health, social care,
 * educational psychology and the school, draft plan, final plan) from its request date; for a final or ceased plan
 * one annual review cycle a year up to its last review (review advice, report, decision, sometimes an amendment);
 * for a maintained plan the current review, open and often overdue (Hertfordshire reviewed 9 % of plans on time),
 * with its advice or report and decision open when the meeting is near or past; a phase-transfer clock for children
 * in the year before a transfer. Due dates, rules and sources come from the statutory library, exactly as the hub
 * computes them; whether a closed clock was met is decided from the closing event's date, as the hub does. Each
 * plan's journey depends only on the seed and its index.
 */
final class SyntheticJourneys {

    /** Receives one row at a time, columns in the table's order. */
    interface Sink {
        void caseRow(Object... columns);

        void event(Object... columns);

        void clock(Object... columns);
    }

    static final String ICB = "QM7";
    static final String EP_SERVICE = "919EP";

    private static final String[] ADVISER_ROLES = {"HEALTH", "SOCIAL_CARE", "EDUCATIONAL_PSYCHOLOGY", "SCHOOL"};

    private final String council;
    private final long seed;
    private final LocalDate today;
    private final AssessmentClock assessment;
    private final ReviewClock review;
    private final PhaseTransferClock phase = new PhaseTransferClock();

    SyntheticJourneys(String council, long seed, LocalDate today) {
        this.council = council;
        this.seed = seed;
        this.today = today;
        WorkingDayCalendar calendar = WorkingDayCalendar.england();
        this.assessment = new AssessmentClock(calendar);
        this.review = new ReviewClock(calendar);
    }

    void journey(EhcPlan plan, int index, Sink sink) {
        new Journey(plan, index, sink).write();
    }

    /** One plan's journey; ids are derived from the plan's index so runs are repeatable. */
    private final class Journey {
        private final EhcPlan plan;
        private final int index;
        private final Sink sink;
        private final SplittableRandom random;
        private final String caseId;
        private final String school;
        private int serial;

        Journey(EhcPlan plan, int index, Sink sink) {
            this.plan = plan;
            this.index = index;
            this.sink = sink;
            this.random = new SplittableRandom(seed * 7_919L + index);
            this.caseId = id();
            this.school = String.valueOf(100_000 + random.nextInt(600));
        }

        void write() {
            LocalDate request = plan.dates().requestReceived();
            String status = switch (plan.status()) {
                case DRAFT -> "ASSESSING";
                case FINAL -> "PLAN_MAINTAINED";
                case CEASED -> "CEASED";
            };
            try {
                sink.caseRow(caseId, council, CanonicalJson.mapper().writeValueAsString(plan.child()),
                        plan.status() == PlanStatus.DRAFT ? null : plan.planId(), request, status,
                        stamp(request), stamp(today));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            assessment(request);
            if (plan.status() != PlanStatus.DRAFT) {
                reviews(plan.dates().issued(), plan.dates().lastReviewed());
            }
        }

        private void assessment(LocalDate request) {
            event("REQUEST_RECEIVED", request, null, null);
            LocalDate decided = request.plusDays(21 + random.nextInt(35));
            String decision = clock("DECIDE_WHETHER_TO_ASSESS", "", request,
                    assessment.decideWhetherToAssessBy(request), "COUNCIL", council, decided, "DECIDED_TO_ASSESS");
            LocalDate issued = plan.dates().issued();
            if (decision != null) {
                for (String role : ADVISER_ROLES) {
                    LocalDate answered = decided.plusDays(14 + random.nextInt(63));
                    if (issued != null && answered.isAfter(issued)) {
                        answered = issued.minusDays(7);
                    }
                    clock("ADVICE", "A-" + role, decided, assessment.adviceBy(decided), role, adviser(role),
                            answered, "ADVICE_RECEIVED");
                }
            }
            LocalDate served = issued == null ? request.plusWeeks(14 + random.nextInt(6))
                    : later(decided, issued.minusDays(21 + random.nextInt(14)));
            if (!served.isAfter(today)) {
                event("DRAFT_SERVED", served, null, null);
                clock("DRAFT_REPRESENTATIONS", "", served, assessment.draftRepresentationsUntil(served),
                        "PARENT_OR_YOUNG_PERSON", null, served.plusDays(5 + random.nextInt(10)),
                        "REPRESENTATIONS_RECEIVED");
            }
            clock("FINAL_PLAN", "", request, assessment.finalPlanBy(request), "COUNCIL", council, issued,
                    "FINAL_PLAN_ISSUED");
        }

        private void reviews(LocalDate issued, LocalDate lastReviewed) {
            List<LocalDate> decisions = new ArrayList<>();
            if (lastReviewed != null) {
                for (LocalDate d = lastReviewed; !d.isBefore(issued.plusMonths(6));
                     d = d.minusDays(330 + random.nextInt(70))) {
                    decisions.add(0, d);
                }
            }
            LocalDate previous = issued;
            int cycle = 0;
            for (LocalDate decided : decisions) {
                cycle++;
                StatutoryDate due = cycle == 1 ? review.firstReviewBy(issued) : review.nextReviewBy(previous);
                LocalDate meeting = later(previous.plusDays(1), decided.minusDays(14 + random.nextInt(28)));
                event("REVIEW_MEETING", meeting, null, String.valueOf(cycle));
                reviewAdvice(cycle, meeting, true);
                clock("REVIEW_REPORT", String.valueOf(cycle), meeting, review.reviewReportBy(meeting), "SCHOOL",
                        school, earlier(decided, meeting.plusDays(5 + random.nextInt(20))), "REVIEW_REPORT_RECEIVED");
                clock("REVIEW_DECISION", String.valueOf(cycle), meeting, review.reviewDecisionBy(meeting), "COUNCIL",
                        council, decided, "REVIEW_DECIDED");
                clock("ANNUAL_REVIEW", String.valueOf(cycle), previous, due, "COUNCIL", council, decided,
                        "REVIEW_CONCLUDED");
                if (random.nextInt(10) < 3) {
                    LocalDate amended = decided.plusDays(28 + random.nextInt(70));
                    clock("AMENDMENT_REPRESENTATIONS", String.valueOf(cycle), decided,
                            review.amendmentRepresentationsUntil(decided), "PARENT_OR_YOUNG_PERSON", null,
                            decided.plusDays(7 + random.nextInt(8)), "REPRESENTATIONS_RECEIVED");
                    clock("AMENDED_FINAL_PLAN", String.valueOf(cycle), decided, review.amendedFinalPlanBy(decided),
                            "COUNCIL", council, amended, "AMENDED_PLAN_ISSUED");
                }
                previous = decided;
            }
            if (plan.status() != PlanStatus.FINAL) {
                return;
            }
            cycle++;
            StatutoryDate due = cycle == 1 ? review.firstReviewBy(issued) : review.nextReviewBy(previous);
            clock("ANNUAL_REVIEW", String.valueOf(cycle), previous, due, "COUNCIL", council, null, null);
            long untilDue = ChronoUnit.DAYS.between(today, due.date());
            if (untilDue < 70 && random.nextBoolean()) {
                LocalDate meeting = today.plusDays(random.nextInt(84) - 42);
                if (meeting.isAfter(today)) {
                    reviewAdvice(cycle, meeting, false);
                } else {
                    event("REVIEW_MEETING", meeting, null, String.valueOf(cycle));
                    clock("REVIEW_REPORT", String.valueOf(cycle), meeting, review.reviewReportBy(meeting), "SCHOOL",
                            school, null, null);
                    clock("REVIEW_DECISION", String.valueOf(cycle), meeting, review.reviewDecisionBy(meeting),
                            "COUNCIL", council, null, null);
                }
            }
            phaseTransfer();
        }

        /** Advice for review {@code cycle}: answered around the due date when past, open when the meeting is ahead. */
        private void reviewAdvice(int cycle, LocalDate meeting, boolean answered) {
            LocalDate asked = meeting.minusWeeks(6);
            for (String role : List.of("SCHOOL", "HEALTH", "SOCIAL_CARE")) {
                StatutoryDate due = review.reviewAdviceBy(meeting);
                LocalDate closedOn = answered ? earlier(meeting, due.date().plusDays(random.nextInt(21) - 10)) : null;
                clock("REVIEW_ADVICE", cycle + "-" + role, asked, due, role, adviser(role), closedOn,
                        "REVIEW_ADVICE_RECEIVED");
            }
        }

        /** Children in the year before a phase transfer (ages 3, 6, 10, 15 this school year) get its clock. */
        private void phaseTransfer() {
            LocalDate born = plan.child().dateOfBirth();
            int ageOnFirstSeptember = (int) ChronoUnit.YEARS.between(born, LocalDate.of(today.getYear(), 9, 1));
            PhaseTransfer transfer = switch (ageOnFirstSeptember) {
                case 3 -> PhaseTransfer.EARLY_YEARS_TO_SCHOOL;
                case 6 -> PhaseTransfer.INFANT_TO_JUNIOR;
                case 10 -> PhaseTransfer.PRIMARY_TO_SECONDARY;
                case 15 -> PhaseTransfer.SECONDARY_TO_POST_16;
                default -> null;
            };
            if (transfer != null) {
                clock("PHASE_TRANSFER", transfer.name(), today.minusMonths(3), phase.amendedPlanBy(transfer,
                        today.getYear() + 1), "COUNCIL", council, null, null);
            }
        }

        /**
         * A clock, closed by an event on {@code closedOn} when that is not in the future, otherwise open. Returns the
         * closing event's id, or null when the clock is open.
         */
        private String clock(String kind, String ref, LocalDate started, StatutoryDate due, String role,
                             String waitingOn, LocalDate closedOn, String closingKind) {
            String closing = null;
            String status = "OPEN";
            if (closedOn != null && !closedOn.isAfter(today)) {
                closing = event(closingKind, closedOn, waitingOn, ref);
                status = closedOn.isAfter(due.date()) ? "LATE" : "MET";
            } else {
                closedOn = null;
            }
            boolean excused = ("FINAL_PLAN".equals(kind) || "ADVICE".equals(kind)) && random.nextInt(12) == 0;
            sink.clock(id(), caseId, council, kind, ref, started, due.date(), due.rule(), due.source(), role,
                    waitingOn, excused ? "ABSENT_FROM_AREA" : null,
                    excused ? "the family was away from the area for five weeks (synthetic)" : null, closedOn,
                    closing, status);
            return closing;
        }

        private String event(String kind, LocalDate on, String party, String ref) {
            String id = id();
            sink.event(id, caseId, kind, on, stamp(on), party == null ? council : "client-" + party, party, null, ref);
            return id;
        }

        private String adviser(String role) {
            return switch (role) {
                case "HEALTH" -> ICB;
                case "SOCIAL_CARE" -> council;
                case "EDUCATIONAL_PSYCHOLOGY" -> EP_SERVICE;
                default -> school;
            };
        }

        private String id() {
            return new UUID(seed, ((long) index << 16) | serial++).toString();
        }
    }

    private static String stamp(LocalDate day) {
        return day + " 10:00:00+00";
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
