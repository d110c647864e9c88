package uk.ehcexchange.model.validation;

import static uk.ehcexchange.model.validation.Checks.at;
import static uk.ehcexchange.model.validation.Checks.index;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.ehcexchange.model.AdviceDocument;
import uk.ehcexchange.model.AdviceReceived;
import uk.ehcexchange.model.AdviceSection;
import uk.ehcexchange.model.AdviceType;
import uk.ehcexchange.model.Adviser;
import uk.ehcexchange.model.Attachment;
import uk.ehcexchange.model.BudgetLine;
import uk.ehcexchange.model.Child;
import uk.ehcexchange.model.DatedSection;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.model.HealthAdvice;
import uk.ehcexchange.model.NarrativeSection;
import uk.ehcexchange.model.Outcome;
import uk.ehcexchange.model.OutcomesSection;
import uk.ehcexchange.model.PersonalBudgetSection;
import uk.ehcexchange.model.PlacementSection;
import uk.ehcexchange.model.PlanDates;
import uk.ehcexchange.model.PlanSections;
import uk.ehcexchange.model.PlanStatus;
import uk.ehcexchange.model.ProvisionItem;
import uk.ehcexchange.model.ProvisionSection;
import uk.ehcexchange.model.SenNeed;
import uk.ehcexchange.model.SenSetting;
import uk.ehcexchange.model.SocialCareAssessment;
import uk.ehcexchange.model.reference.EnglishLocalAuthorities;

/**
 * The hub's semantic checks on canonical documents: everything the JSON Schemas cannot say (check digits, known
 * council codes, references between sections, rules that depend on the plan status or on today's date) as well
 * as the structural rules, so that a document built in Java is held to the same standard as one read from JSON.
 *
 * <p>Violations come back in document order. Their messages never contain the checked values.
 */
public final class CanonicalValidator {

    /** The hub serves England, so "today" for date rules is the date in England. */
    private static final Clock ENGLAND = Clock.system(ZoneId.of("Europe/London"));

    /** Amounts must fit NUMERIC(10,2); no personal budget line comes near £100 million a year. */
    private static final BigDecimal MAX_ANNUAL_AMOUNT = new BigDecimal("99999999.99");

    private CanonicalValidator() {
    }

    public static List<Violation> validate(EhcPlan plan) {
        return validate(plan, ENGLAND);
    }

    public static List<Violation> validate(EhcPlan plan, Clock clock) {
        Checks checks = new Checks(LocalDate.now(clock));
        if (checks.required("$", plan)) {
            new PlanRules(checks, plan).check();
        }
        return checks.violations();
    }

    /** The rules for a child alone, for messages that name a child without a whole document, such as requests. */
    public static List<Violation> validate(Child child, Clock clock) {
        Checks checks = new Checks(LocalDate.now(clock));
        CommonRules.child(checks, "child", child);
        return checks.violations();
    }

    public static List<Violation> validate(HealthAdvice advice) {
        return validate(advice, ENGLAND);
    }

    public static List<Violation> validate(HealthAdvice advice, Clock clock) {
        Checks checks = new Checks(LocalDate.now(clock));
        if (checks.required("$", advice)) {
            checks.requiredId("adviceId", advice.adviceId());
            checks.requiredText("requestReference", advice.requestReference(), Checks.SHORT_TEXT);
            CommonRules.child(checks, "child", advice.child());
            CommonRules.authorship(checks, "author", advice.author());
            if (checks.required("odsCode", advice.odsCode()) && !CommonRules.ODS_CODE.matcher(advice.odsCode()).matches()) {
                checks.add("odsCode", "ods-code-format", "must be 3 to 10 upper-case letters and digits");
            }
            adviceContent(checks, advice.needs(), advice.outcomes(), advice.recommendedProvision(),
                    advice.attachments());
        }
        return checks.violations();
    }

    public static List<Violation> validate(SocialCareAssessment assessment) {
        return validate(assessment, ENGLAND);
    }

    public static List<Violation> validate(SocialCareAssessment assessment, Clock clock) {
        Checks checks = new Checks(LocalDate.now(clock));
        if (checks.required("$", assessment)) {
            checks.requiredId("assessmentId", assessment.assessmentId());
            checks.requiredText("requestReference", assessment.requestReference(), Checks.SHORT_TEXT);
            CommonRules.child(checks, "child", assessment.child());
            CommonRules.authorship(checks, "author", assessment.author());
            knownLaCode(checks, "laCode", assessment.laCode());
            adviceContent(checks, assessment.needs(), assessment.outcomes(), assessment.recommendedProvision(),
                    assessment.attachments());
        }
        return checks.violations();
    }

    public static List<Violation> validate(AdviceDocument advice) {
        return validate(advice, ENGLAND);
    }

    /**
     * Advice of a kind without a document of its own. Health and social care advice have theirs, so this document
     * may not carry them: a request for MEDICAL or SOCIAL_CARE advice is answered with HealthAdvice or
     * SocialCareAssessment, whose content feeds named plan sections.
     */
    public static List<Violation> validate(AdviceDocument advice, Clock clock) {
        Checks checks = new Checks(LocalDate.now(clock));
        if (checks.required("$", advice)) {
            checks.requiredId("adviceId", advice.adviceId());
            checks.requiredText("requestReference", advice.requestReference(), Checks.SHORT_TEXT);
            if (checks.required("adviceType", advice.adviceType()) && !AdviceDocument.carries(advice.adviceType())) {
                checks.add("adviceType", "advice-document-type",
                        "MEDICAL advice is HealthAdvice and SOCIAL_CARE advice a SocialCareAssessment");
            }
            CommonRules.child(checks, "child", advice.child());
            adviser(checks, advice.adviceType(), advice.adviser());
            datedSections(checks, advice.sections());
            CommonRules.attachments(checks, "attachments", advice.attachments());
        }
        return checks.violations();
    }

    private static void adviser(Checks checks, AdviceType type, Adviser adviser) {
        if (!checks.required("adviser", adviser)) {
            return;
        }
        checks.optionalText("adviser.name", adviser.name(), Checks.SHORT_TEXT);
        checks.requiredText("adviser.role", adviser.role(), Checks.SHORT_TEXT);
        if (type == AdviceType.PARENT_OR_YOUNG_PERSON) {
            checks.optionalText("adviser.organisation", adviser.organisation(), Checks.SHORT_TEXT);
        } else {
            checks.requiredText("adviser.organisation", adviser.organisation(), Checks.SHORT_TEXT);
        }
        if (adviser.organisationCode() != null && !CommonRules.ODS_CODE.matcher(adviser.organisationCode()).matches()) {
            checks.add("adviser.organisationCode", "organisation-code-format",
                    "must be 3 to 10 upper-case letters and digits (a URN, UKPRN, LA code or ODS code)");
        }
    }

    private static void datedSections(Checks checks, List<DatedSection> sections) {
        if (sections.isEmpty()) {
            checks.add("sections", "min-items", "must have at least one section of advice");
            return;
        }
        if (!checks.maxItems("sections", sections)) {
            return;
        }
        for (int i = 0; i < sections.size(); i++) {
            String path = index("sections", i);
            DatedSection section = sections.get(i);
            if (!checks.required(path, section)) {
                continue;
            }
            checks.requiredText(at(path, "heading"), section.heading(), Checks.SHORT_TEXT);
            checks.requiredText(at(path, "text"), section.text(), Checks.LONG_TEXT);
            checks.requiredDate(at(path, "writtenOn"), section.writtenOn());
        }
    }

    public static void requireValid(EhcPlan plan) {
        requireValid(plan, ENGLAND);
    }

    public static void requireValid(EhcPlan plan, Clock clock) {
        throwIfAny("EhcPlan", validate(plan, clock));
    }

    public static void requireValid(HealthAdvice advice) {
        requireValid(advice, ENGLAND);
    }

    public static void requireValid(HealthAdvice advice, Clock clock) {
        throwIfAny("HealthAdvice", validate(advice, clock));
    }

    public static void requireValid(SocialCareAssessment assessment) {
        requireValid(assessment, ENGLAND);
    }

    public static void requireValid(SocialCareAssessment assessment, Clock clock) {
        throwIfAny("SocialCareAssessment", validate(assessment, clock));
    }

    public static void requireValid(AdviceDocument advice, Clock clock) {
        throwIfAny("AdviceDocument", validate(advice, clock));
    }

    private static void throwIfAny(String kind, List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ValidationException(kind, violations);
        }
    }

    private static void knownLaCode(Checks checks, String field, String laCode) {
        if (checks.required(field, laCode) && !EnglishLocalAuthorities.isKnownLaCode(laCode)) {
            checks.add(field, "known-la-code", "must be the DfE code of one of the 153 English local authorities");
        }
    }

    /**
     * Advice and assessments carry their own outcomes and recommendations; a recommendation may only name an
     * outcome of the same document, since the plan's section E does not exist yet when advice is written.
     */
    private static void adviceContent(Checks checks, List<String> needs, List<Outcome> outcomes,
                                      List<ProvisionItem> provision,
                                      List<Attachment> attachments) {
        CommonRules.needs(checks, "needs", needs);
        Map<String, String> outcomeIds = new LinkedHashMap<>();
        CommonRules.outcomes(checks, "outcomes", outcomes, outcomeIds);
        Map<String, String> provisionIds = new LinkedHashMap<>(outcomeIds);
        CommonRules.provisionItems(checks, "recommendedProvision", provision, provisionIds, outcomeIds.keySet());
        CommonRules.attachments(checks, "attachments", attachments);
    }

    /** The rules for one plan; an object so the walk can share the plan's status and its id registry. */
    private static final class PlanRules {
        private final Checks checks;
        private final EhcPlan plan;
        /** Outcome and provision ids share one namespace so that any id names exactly one thing in the plan. */
        private final Map<String, String> ids = new LinkedHashMap<>();

        PlanRules(Checks checks, EhcPlan plan) {
            this.checks = checks;
            this.plan = plan;
        }

        void check() {
            checks.requiredId("planId", plan.planId());
            knownLaCode(checks, "owningCouncil", plan.owningCouncil());
            status();
            dates();
            CommonRules.child(checks, "child", plan.child());
            needTypes();
            sections();
        }

        /**
         * SEN2 item 5.8 and the CTF: at most two types of need, one primary (rank 1) and one secondary (rank 2),
         * different types. Not required: plans made before types of need were recorded must still transfer.
         */
        private void needTypes() {
            List<SenNeed> needs = plan.needTypes();
            if (needs.size() > 2) {
                checks.add("needTypes", "need-types-at-most-two", "holds at most a primary and a secondary type of need");
                return;
            }
            Map<Integer, String> ranks = new LinkedHashMap<>();
            Map<Object, String> types = new LinkedHashMap<>();
            boolean rankMissing = false;
            for (int i = 0; i < needs.size(); i++) {
                String path = index("needTypes", i);
                SenNeed need = needs.get(i);
                if (!checks.required(path, need)) {
                    continue;
                }
                if (checks.required(at(path, "type"), need.type()) && types.putIfAbsent(need.type(), path) != null) {
                    checks.add(at(path, "type"), "need-type-unique", "repeats the type of " + types.get(need.type()));
                }
                Integer rank = need.rank();
                if (!checks.required(at(path, "rank"), rank)) {
                    rankMissing = true;
                    continue;
                }
                if (rank != SenNeed.PRIMARY && rank != SenNeed.SECONDARY) {
                    checks.add(at(path, "rank"), "need-rank", "must be 1 (primary need) or 2 (secondary need)");
                } else if (ranks.putIfAbsent(rank, path) != null) {
                    checks.add(at(path, "rank"), "need-rank-unique",
                            "repeats the rank of " + ranks.get(rank) + ": one need of each rank");
                }
            }
            if (!rankMissing && ranks.containsKey(SenNeed.SECONDARY) && !ranks.containsKey(SenNeed.PRIMARY)) {
                checks.add(ranks.get(SenNeed.SECONDARY), "primary-need-required",
                        "a secondary type of need (rank 2) needs a primary one (rank 1)");
            }
        }

        private void status() {
            PlanStatus status = plan.status();
            if (!checks.required("status", status)) {
                return;
            }
            if (status == PlanStatus.CEASED && plan.ceasedReason() == null) {
                checks.add("ceasedReason", "ceased-reason-required", "is required when the plan has ceased");
            } else if (status != PlanStatus.CEASED && plan.ceasedReason() != null) {
                checks.add("ceasedReason", "ceased-reason-not-allowed", "must be absent unless the plan has ceased");
            }
        }

        private void dates() {
            PlanDates dates = plan.dates();
            if (!checks.required("dates", dates)) {
                return;
            }
            checks.requiredDate("dates.requestReceived", dates.requestReceived());
            boolean issuedRequired = plan.status() == PlanStatus.FINAL || plan.status() == PlanStatus.CEASED;
            if (dates.issued() == null) {
                if (issuedRequired) {
                    checks.add("dates.issued", "required", "is required for a final or ceased plan");
                } else if (dates.lastReviewed() != null) {
                    checks.add("dates.issued", "required", "is required when the plan has been reviewed");
                }
            } else {
                checks.notInFuture("dates.issued", dates.issued());
                if (dates.requestReceived() != null && dates.issued().isBefore(dates.requestReceived())) {
                    checks.add("dates.issued", "date-order", "must not be before dates.requestReceived");
                }
            }
            if (dates.lastReviewed() != null) {
                checks.notInFuture("dates.lastReviewed", dates.lastReviewed());
                if (dates.issued() != null && dates.lastReviewed().isBefore(dates.issued())) {
                    checks.add("dates.lastReviewed", "date-order", "must not be before dates.issued");
                }
            }
        }

        private void sections() {
            PlanSections s = plan.sections();
            if (!checks.required("sections", s)) {
                return;
            }
            narrative("A", s.a());
            narrative("B", s.b());
            narrative("C", s.c());
            narrative("D", s.d());
            Set<String> outcomeIds = outcomes(s.e());
            provision("F", s.f(), outcomeIds);
            provision("G", s.g(), outcomeIds);
            provision("H1", s.h1(), outcomeIds);
            provision("H2", s.h2(), outcomeIds);
            placement(s.i());
            personalBudget(s.j(), outcomeIds);
            advice(s.k());
        }

        private static String section(String letter) {
            return "sections." + letter;
        }

        private void narrative(String letter, NarrativeSection section) {
            String path = section(letter);
            if (!checks.required(path, section)) {
                return;
            }
            CommonRules.authorship(checks, at(path, "author"), section.author());
            checks.requiredText(at(path, "text"), section.text(), Checks.LONG_TEXT);
        }

        /**
         * @return the ids of section E's outcomes, which provision items may reference; null when section E is
         *         missing, so that one missing section is reported once rather than as every reference in F to H2
         */
        private Set<String> outcomes(OutcomesSection section) {
            String path = section("E");
            if (!checks.required(path, section)) {
                return null;
            }
            CommonRules.authorship(checks, at(path, "author"), section.author());
            Map<String, String> outcomeIds = new LinkedHashMap<>();
            CommonRules.outcomes(checks, at(path, "outcomes"), section.outcomes(), outcomeIds);
            ids.putAll(outcomeIds);
            return outcomeIds.keySet();
        }

        private void provision(String letter, ProvisionSection section, Set<String> outcomeIds) {
            String path = section(letter);
            if (!checks.required(path, section)) {
                return;
            }
            CommonRules.authorship(checks, at(path, "author"), section.author());
            CommonRules.provisionItems(checks, at(path, "items"), section.items(), ids, outcomeIds);
        }

        private void placement(PlacementSection section) {
            String path = section("I");
            if (!checks.required(path, section)) {
                return;
            }
            CommonRules.authorship(checks, at(path, "author"), section.author());
            String establishmentPath = at(path, "establishment");
            if (section.establishment() != null) {
                CommonRules.establishment(checks, establishmentPath, section.establishment());
                if (section.placementType() != null) {
                    checks.add(at(path, "placementType"), "establishment-or-placement-type",
                            "must be absent when section I names the school or institution (SEN2: one of URN, UKPRN "
                                    + "or SENSetting)");
                }
            } else if (section.placementType() == null && plan.status() == PlanStatus.FINAL) {
                checks.add(establishmentPath, "placement-required-when-final",
                        "a final plan must name the school or institution, or the type of placement in "
                                + "placementType (SEND Regulations 2014 reg 12(1)(i))");
            }
            String descriptionPath = at(path, "placementDescription");
            checks.optionalText(descriptionPath, section.placementDescription(), Checks.MEDIUM_TEXT);
            if (section.placementDescription() != null && section.placementType() == null) {
                checks.add(descriptionPath, "placement-description-needs-type",
                        "describes a type of placement, so placementType is required with it");
            } else if (section.placementType() == SenSetting.OTH && section.placementDescription() == null) {
                checks.add(descriptionPath, "placement-description-required",
                        "is required when placementType is OTH: say which type of placement in words");
            }
        }

        /**
         * A direct payment line may say which section E outcomes and which needs it is meant to meet (reg
         * 12(1)(j)). Not yet required: plans made before these fields existed lack them and must still transfer.
         */
        private void personalBudget(PersonalBudgetSection section, Set<String> outcomeIds) {
            String path = section("J");
            if (!checks.required(path, section)) {
                return;
            }
            CommonRules.authorship(checks, at(path, "author"), section.author());
            String linesPath = at(path, "lines");
            if (!checks.maxItems(linesPath, section.lines())) {
                return;
            }
            for (int i = 0; i < section.lines().size(); i++) {
                String linePath = index(linesPath, i);
                BudgetLine line = section.lines().get(i);
                if (!checks.required(linePath, line)) {
                    continue;
                }
                checks.required(at(linePath, "stream"), line.stream());
                amount(at(linePath, "annualAmount"), line.annualAmount());
                checks.optionalText(at(linePath, "description"), line.description(), Checks.SHORT_TEXT);
                checks.optionalText(at(linePath, "needsMet"), line.needsMet(), Checks.MEDIUM_TEXT);
                CommonRules.outcomeReferences(checks, at(linePath, "outcomeIds"), line.outcomeIds(), outcomeIds);
                if (!line.directPayment() && (!line.outcomeIds().isEmpty() || line.needsMet() != null)) {
                    checks.add(linePath, "direct-payment-only",
                            "outcomeIds and needsMet record what a direct payment is meant to meet; this line is "
                                    + "not a direct payment");
                }
            }
        }

        private void amount(String field, BigDecimal amount) {
            if (!checks.required(field, amount)) {
                return;
            }
            if (amount.signum() < 0) {
                checks.add(field, "amount-non-negative", "must not be negative");
            } else if (amount.compareTo(MAX_ANNUAL_AMOUNT) > 0) {
                checks.add(field, "amount-range", "must be at most 99999999.99");
            }
            if (amount.scale() > 2) {
                checks.add(field, "amount-scale", "must have at most two decimal places (whole pence)");
            }
        }

        private void advice(AdviceSection section) {
            String path = section("K");
            if (!checks.required(path, section)) {
                return;
            }
            CommonRules.authorship(checks, at(path, "author"), section.author());
            String listPath = at(path, "advice");
            if (!checks.maxItems(listPath, section.advice())) {
                return;
            }
            for (int i = 0; i < section.advice().size(); i++) {
                String itemPath = index(listPath, i);
                AdviceReceived advice = section.advice().get(i);
                if (!checks.required(itemPath, advice)) {
                    continue;
                }
                checks.required(at(itemPath, "type"), advice.type());
                checks.requiredText(at(itemPath, "authorOrganisation"), advice.authorOrganisation(), Checks.SHORT_TEXT);
                checks.requiredDate(at(itemPath, "receivedOn"), advice.receivedOn());
                checks.optionalText(at(itemPath, "documentReference"), advice.documentReference(), Checks.SHORT_TEXT);
            }
        }
    }
}
