package uk.ehcexchange.samples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import uk.ehcexchange.model.AdviceReceived;
import uk.ehcexchange.model.AdviceSection;
import uk.ehcexchange.model.AdviceType;
import uk.ehcexchange.model.Authorship;
import uk.ehcexchange.model.BudgetLine;
import uk.ehcexchange.model.CeasedReason;
import uk.ehcexchange.model.Child;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.model.Establishment;
import uk.ehcexchange.model.EstablishmentType;
import uk.ehcexchange.model.FundingStream;
import uk.ehcexchange.model.NarrativeSection;
import uk.ehcexchange.model.Outcome;
import uk.ehcexchange.model.OutcomeTerm;
import uk.ehcexchange.model.OutcomesSection;
import uk.ehcexchange.model.PersonalBudgetSection;
import uk.ehcexchange.model.PlacementSection;
import uk.ehcexchange.model.PlanDates;
import uk.ehcexchange.model.PlanSections;
import uk.ehcexchange.model.PlanStatus;
import uk.ehcexchange.model.ProvisionItem;
import uk.ehcexchange.model.ProvisionSection;
import uk.ehcexchange.model.SenNeed;
import uk.ehcexchange.model.SenType;
import uk.ehcexchange.model.validation.NhsNumber;
import uk.ehcexchange.model.validation.UniquePupilNumber;

/**
 * A council's caseload of invented EHC plans, generated on demand for tests, demonstrations and benchmarks (a whole
 * caseload is never committed as a file). Plan {@code i} depends only on the seed, the council and {@code i}, so any
 * plan can be regenerated on its own and two runs produce the same caseload.
 *
 * <p>Every child is invented: names come from short lists, NHS numbers from the 999 range that NHS England keeps for
 * testing (with a valid Modulus 11 check digit), UPNs carry a valid check letter. Plans vary the way a real caseload
 * does: ages 0 to 25, drafts, final and ceased plans, a primary need that shapes sections B, E and F, optional health
 * and social care provision, personal budgets and advice. Every plan passes the canonical validator on {@code today}.
 */
public final class SyntheticCaseload {

    /** Hertfordshire's EHC plans in January 2025 (DfE, Education, health and care plans, 2025). */
    public static final int HERTFORDSHIRE_PLANS = 12_920;

    /** The most entries any generated plan has in each repeating group, so a flat file can fix its columns first. */
    public static final int MAX_OUTCOMES = 12;
    public static final int MAX_PROVISION_ITEMS = 10;
    public static final int MAX_BUDGET_LINES = 4;
    public static final int MAX_ADVICE = 8;

    private final String laCode;
    private final long seed;
    private final LocalDate today;

    /**
     * @param laCode DfE code of the owning council
     * @param today  the date every generated date must not pass (the validator's "today")
     */
    public SyntheticCaseload(String laCode, long seed, LocalDate today) {
        this.laCode = laCode;
        this.seed = seed;
        this.today = today;
    }

    /**
     * The most entries of each list in any generated plan, keyed by the list's canonical JSON path (indices left out),
     * so that a flat file can fix its columns before the first plan is generated.
     */
    public static Map<String, Integer> maxListSizes() {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        sizes.put("needTypes", 2);
        sizes.put("sections.E.outcomes", MAX_OUTCOMES);
        for (String letter : List.of("F", "G", "H1", "H2")) {
            sizes.put("sections." + letter + ".items", MAX_PROVISION_ITEMS);
        }
        sizes.put("sections.J.lines", MAX_BUDGET_LINES);
        sizes.put("sections.K.advice", MAX_ADVICE);
        return sizes;
    }

    public Stream<EhcPlan> plans(int count) {
        return IntStream.range(0, count).mapToObj(this::plan);
    }

    public EhcPlan plan(int index) {
        return new PlanBuilder(index, new SplittableRandom(seed * 1_000_003L + index)).build();
    }

    public static String planId(String laCode, int index) {
        return "SYN-" + laCode + "-" + String.format("%06d", index + 1);
    }

    /** One plan: the random source and the facts (age, need, dates) that several sections share. */
    private final class PlanBuilder {
        private final int index;
        private final SplittableRandom random;
        private final String name;
        private final boolean he;
        private final int age;
        private final LocalDate dateOfBirth;
        private final Need need;
        private final PlanStatus status;
        private final LocalDate requestReceived;
        private final LocalDate issued;
        private final LocalDate lastReviewed;
        private final LocalDate writtenOn;
        private final String caseOfficer;

        PlanBuilder(int index, SplittableRandom random) {
            this.index = index;
            this.random = random;
            this.he = random.nextBoolean();
            this.name = pick(he ? BOYS : GIRLS);
            this.age = pickAge();
            this.dateOfBirth = today.minusYears(age).minusDays(30 + random.nextInt(330));
            this.need = pickNeed();
            LocalDate earliestRequest = later(dateOfBirth.plusMonths(18), today.minusYears(9));
            LocalDate latestFinalRequest = today.minusWeeks(22);
            boolean canBeFinal = !earliestRequest.isAfter(latestFinalRequest);
            int roll = random.nextInt(100);
            this.status = !canBeFinal || roll < 8 ? PlanStatus.DRAFT : roll < 13 ? PlanStatus.CEASED : PlanStatus.FINAL;
            if (status == PlanStatus.DRAFT) {
                LocalDate from = later(dateOfBirth.plusDays(1), today.minusWeeks(19));
                this.requestReceived = between(from, today.minusDays(1));
                this.issued = null;
                this.lastReviewed = null;
            } else {
                this.requestReceived = between(earliestRequest, latestFinalRequest);
                this.issued = earlier(requestReceived.plusWeeks(14 + random.nextInt(26)), today.minusDays(1));
                LocalDate firstReview = issued.plusYears(1);
                this.lastReviewed = firstReview.isBefore(today) && random.nextInt(10) < 8
                        ? between(later(firstReview, today.minusMonths(13)), today.minusDays(1)) : null;
            }
            LocalDate lastChange = lastReviewed != null ? lastReviewed : issued != null ? issued : today;
            this.writtenOn = between(later(requestReceived, lastChange.minusDays(30)), earlier(lastChange, today));
            this.caseOfficer = person();
        }

        EhcPlan build() {
            List<Outcome> outcomes = outcomes();
            PlanSections sections = new PlanSections(
                    narrative(caseOfficer, "SEN Officer, recording the views of " + name + " and " + his()
                            + " family", COUNCIL, sectionA()),
                    narrative(caseOfficer, "SEN Officer, 0-25 Together Service", COUNCIL, sectionB()),
                    narrative(person(), "Designated Clinical Officer for SEND", ICB, sectionC()),
                    narrative(person(), "Social worker, Disabled Children's Service", COUNCIL, sectionD()),
                    new OutcomesSection(author(caseOfficer, "SEN Officer, 0-25 Together Service", COUNCIL), outcomes),
                    provision("F", caseOfficer, "SEN Officer, 0-25 Together Service", COUNCIL, EDUCATION_PROVISION,
                            1 + random.nextInt(MAX_PROVISION_ITEMS), outcomes),
                    provision("G", person(), "Designated Clinical Officer for SEND", ICB, HEALTH_PROVISION,
                            random.nextInt(10) < 2 ? 0 : 1 + random.nextInt(5), outcomes),
                    provision("H1", person(), "Social worker, Disabled Children's Service", COUNCIL,
                            SOCIAL_CARE_PROVISION, random.nextInt(10) < 6 ? 0 : 1 + random.nextInt(3), outcomes),
                    provision("H2", person(), "Family support worker, Disabled Children's Service", COUNCIL,
                            SOCIAL_CARE_PROVISION, random.nextInt(10) < 6 ? 0 : 1 + random.nextInt(3), outcomes),
                    new PlacementSection(author(caseOfficer, "SEN Officer, 0-25 Together Service", COUNCIL),
                            status == PlanStatus.DRAFT ? null : establishment()),
                    budget(),
                    advice());
            return new EhcPlan(planId(laCode, index), laCode, status, ceasedReason(),
                    new PlanDates(requestReceived, issued, lastReviewed), child(),
                    List.of(new SenNeed(SenType.valueOf(need.name()), SenNeed.PRIMARY)), sections);
        }

        private Child child() {
            String nhsNumber = random.nextInt(100) < 96 ? nhsNumber() : null;
            String upn = age >= 4 && age <= 19 && random.nextInt(10) < 8 ? upn() : null;
            String uln = age >= 14 && random.nextInt(10) < 6 ? String.valueOf(4_000_000_000L + random.nextInt(999_999_999)) : null;
            String familyName = random.nextInt(10) == 0 ? pick(FAMILY_NAMES) + "-" + pick(FAMILY_NAMES) : pick(FAMILY_NAMES);
            return new Child(nhsNumber, upn, uln, "LA" + laCode + "-0-25-" + (100_000 + index), name, familyName,
                    dateOfBirth, postcode());
        }

        /** 999 is the range NHS England keeps for test patients; nine digits whose check would be 10 are skipped. */
        private String nhsNumber() {
            while (true) {
                String nine = "999" + String.format("%06d", random.nextInt(1_000_000));
                int check = NhsNumber.checkDigit(nine);
                if (check != 10) {
                    return nine + check;
                }
            }
        }

        /** Check letter, LA code, establishment number, year of allocation, serial. */
        private String upn() {
            String twelve = laCode + String.format("%04d", 2000 + random.nextInt(7000))
                    + String.format("%02d", (today.getYear() - age + 4) % 100) + String.format("%03d", random.nextInt(1000));
            return UniquePupilNumber.checkLetter(twelve) + twelve;
        }

        private String postcode() {
            return pick(OUTWARD_CODES) + " " + random.nextInt(10) + pick(INWARD_LETTERS) + pick(INWARD_LETTERS);
        }

        private CeasedReason ceasedReason() {
            if (status != PlanStatus.CEASED) {
                return null;
            }
            if (age >= 25) {
                return CeasedReason.REACHED_MAXIMUM_AGE;
            }
            CeasedReason[] reasons = {CeasedReason.TRANSFERRED_TO_ANOTHER_LA, CeasedReason.TRANSFERRED_TO_ANOTHER_LA,
                    CeasedReason.NEEDS_MET_WITHOUT_PLAN, CeasedReason.MOVED_OUTSIDE_ENGLAND,
                    age >= 16 ? CeasedReason.MOVED_ON_TO_PAID_EMPLOYMENT : CeasedReason.OTHER};
            return reasons[random.nextInt(reasons.length)];
        }

        private String sectionA() {
            StringBuilder text = new StringBuilder("About me (written with ").append(name).append(" and ")
                    .append(his()).append(" family)\n\n");
            text.append("I am ").append(name).append(". I am ").append(age).append(" years old. ");
            text.append("What I like: ").append(pickSome(INTERESTS, 2, 5)).append(". ");
            text.append("What I find hard: ").append(pickSome(DIFFICULTIES, 2, 4)).append(". ");
            text.append("What helps me: ").append(pickSome(HELPS, 2, 5)).append(".\n\n");
            text.append("What I want when I am older: ").append(pick(ASPIRATIONS)).append(".\n\n");
            text.append("My family's views\n\n");
            sentences(text, PARENT_VIEWS, 3, 7);
            return fill(text.toString());
        }

        private String sectionB() {
            StringBuilder text = new StringBuilder("Summary of special educational needs\n\n");
            text.append("{Name}'s primary area of need is ").append(need.description).append(" (SEN type ")
                    .append(need.name()).append("). ");
            sentences(text, need.sentences, 2, need.sentences.length);
            text.append("\n\nCognition and learning\n\n");
            sentences(text, LEARNING, 2, 5);
            text.append("\n\nSocial, emotional and mental health\n\n");
            sentences(text, SEMH, 2, 5);
            if (age >= 14) {
                text.append("\n\nPreparing for adulthood\n\n");
                sentences(text, ADULTHOOD, 2, 4);
            }
            return fill(text.toString());
        }

        private String sectionC() {
            StringBuilder text = new StringBuilder("Health needs related to {Name}'s special educational needs\n\n");
            sentences(text, HEALTH, 2, 6);
            return fill(text.toString());
        }

        private String sectionD() {
            StringBuilder text = new StringBuilder("Social care needs related to {Name}'s special educational needs "
                    + "or disability\n\n");
            sentences(text, SOCIAL_CARE, 2, 5);
            return fill(text.toString());
        }

        private List<Outcome> outcomes() {
            int count = 2 + random.nextInt(MAX_OUTCOMES - 1);
            List<Outcome> outcomes = new ArrayList<>(count);
            for (int i = 1; i <= count; i++) {
                boolean longTerm = random.nextInt(3) == 0;
                LocalDate achieveBy = today.plusMonths(longTerm ? 18 + random.nextInt(30) : 3 + random.nextInt(12));
                boolean adulthood = age >= 14 && random.nextInt(3) == 0;
                String template = adulthood ? pick(ADULTHOOD_OUTCOMES) : pick(OUTCOMES);
                outcomes.add(new Outcome(String.format("E-%02d", i), fill("By " + monthYear(achieveBy) + ", " + template),
                        longTerm ? OutcomeTerm.LONG_TERM : OutcomeTerm.SHORT_TERM, adulthood,
                        random.nextInt(10) < 9 ? achieveBy : null));
            }
            return outcomes;
        }

        private ProvisionSection provision(String letter, String who, String role, String organisation,
                                           String[][] bank, int count, List<Outcome> outcomes) {
            List<ProvisionItem> items = new ArrayList<>(count);
            for (int i = 1; i <= count; i++) {
                String[] template = pick(bank);
                List<String> served = new ArrayList<>();
                int links = random.nextInt(4);
                for (int l = 0; l < links; l++) {
                    String id = pick(outcomes).id();
                    if (!served.contains(id)) {
                        served.add(id);
                    }
                }
                items.add(new ProvisionItem(String.format("%s-%02d", letter, i), fill(template[0]), template[1],
                        template[2], served));
            }
            return new ProvisionSection(author(who, role, organisation), items);
        }

        private Establishment establishment() {
            String town = pick(TOWNS);
            if (age < 4) {
                return new Establishment(town + " " + pick(new String[] {"Day Nursery", "Pre-school", "Nursery School"}),
                        urn(), null, EstablishmentType.EARLY_YEARS_SETTING);
            }
            if (age >= 16 && random.nextInt(10) < 7) {
                EstablishmentType type = age >= 19 && random.nextBoolean()
                        ? EstablishmentType.SPECIALIST_POST_16_INSTITUTION
                        : random.nextBoolean() ? EstablishmentType.FURTHER_EDUCATION_COLLEGE : EstablishmentType.SIXTH_FORM_COLLEGE;
                return new Establishment(town + (type == EstablishmentType.SPECIALIST_POST_16_INSTITUTION
                        ? " Specialist College" : " College"), null, "1" + String.format("%07d", random.nextInt(10_000_000)), type);
            }
            EstablishmentType[] types = {EstablishmentType.MAINSTREAM_SCHOOL, EstablishmentType.MAINSTREAM_SCHOOL,
                    EstablishmentType.MAINSTREAM_SCHOOL, EstablishmentType.RESOURCED_PROVISION,
                    EstablishmentType.SPECIAL_SCHOOL, EstablishmentType.SPECIAL_SCHOOL,
                    EstablishmentType.INDEPENDENT_SPECIAL_SCHOOL, EstablishmentType.ALTERNATIVE_PROVISION};
            EstablishmentType type = types[random.nextInt(types.length)];
            String kind = switch (type) {
                case SPECIAL_SCHOOL, INDEPENDENT_SPECIAL_SCHOOL -> " School (special)";
                case ALTERNATIVE_PROVISION -> " Education Support Centre";
                case RESOURCED_PROVISION -> age < 11 ? " Primary School (resource base)" : " Academy (resource base)";
                default -> age < 11 ? " Primary School" : " Academy";
            };
            return new Establishment(town + kind, urn(), null, type);
        }

        private String urn() {
            return String.valueOf(100_000 + random.nextInt(50_000));
        }

        private PersonalBudgetSection budget() {
            Authorship author = new Authorship(null, "Personal budgets team", COUNCIL, writtenOn);
            if (random.nextInt(10) < 7) {
                return new PersonalBudgetSection(author, List.of());
            }
            int count = 1 + random.nextInt(MAX_BUDGET_LINES);
            List<BudgetLine> lines = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                FundingStream stream = FundingStream.values()[random.nextInt(FundingStream.values().length)];
                BigDecimal amount = BigDecimal.valueOf(100_00 + random.nextInt(800_000), 2);
                boolean direct = stream != FundingStream.EDUCATION && random.nextBoolean();
                lines.add(new BudgetLine(stream, amount, direct, random.nextInt(5) == 0 ? null
                        : (direct ? "Direct payment to the family for " : "Commissioned by the council: ")
                        + pick(BUDGET_PURPOSES)));
            }
            return new PersonalBudgetSection(author, lines);
        }

        private AdviceSection advice() {
            List<AdviceType> types = new ArrayList<>(List.of(AdviceType.PARENT_OR_YOUNG_PERSON, AdviceType.EDUCATIONAL,
                    AdviceType.MEDICAL, AdviceType.PSYCHOLOGICAL, AdviceType.SOCIAL_CARE));
            if (random.nextBoolean()) {
                types.add(AdviceType.HEAD_TEACHER_OR_PRINCIPAL);
            }
            if (need == Need.HI || need == Need.VI || need == Need.MSI) {
                types.add(AdviceType.SENSORY_IMPAIRMENT);
            }
            if (age >= 14 && types.size() < MAX_ADVICE) {
                types.add(AdviceType.PREPARING_FOR_ADULTHOOD);
            }
            if (random.nextInt(4) == 0 && types.size() < MAX_ADVICE) {
                types.add(AdviceType.OTHER);
            }
            List<AdviceReceived> advice = new ArrayList<>(types.size());
            for (int i = 0; i < types.size(); i++) {
                AdviceType type = types.get(i);
                LocalDate received = earlier(requestReceived.plusWeeks(2 + random.nextInt(6)), today);
                String reference = random.nextInt(10) == 0 ? null : String.format("%s/K/%02d-%s.pdf",
                        planId(laCode, index), i + 1, type.name().toLowerCase().replace('_', '-'));
                advice.add(new AdviceReceived(type, adviser(type), received, reference));
            }
            return new AdviceSection(author(caseOfficer, "SEN Officer, 0-25 Together Service", COUNCIL), advice);
        }

        private String adviser(AdviceType type) {
            return switch (type) {
                case PARENT_OR_YOUNG_PERSON -> age >= 16 ? name + " (young person)" : name + "'s parents";
                case EDUCATIONAL, HEAD_TEACHER_OR_PRINCIPAL -> pick(TOWNS) + " school (SENCo)";
                case MEDICAL -> "Community paediatrics, " + pick(TRUSTS);
                case PSYCHOLOGICAL -> "Educational Psychology Service";
                case SOCIAL_CARE -> "Disabled Children's Service";
                case SENSORY_IMPAIRMENT -> "Specialist Advisory Service for sensory impairment";
                case PREPARING_FOR_ADULTHOOD -> "Preparing for Adulthood team";
                case OTHER -> pick(TRUSTS) + " (occupational therapy)";
            };
        }

        private NarrativeSection narrative(String who, String role, String organisation, String text) {
            return new NarrativeSection(author(who, role, organisation), text);
        }

        private Authorship author(String who, String role, String organisation) {
            return new Authorship(who, role, organisation, writtenOn);
        }

        private String person() {
            String title = random.nextInt(6) == 0 ? "Dr " : "";
            return title + pick(random.nextBoolean() ? BOYS : GIRLS) + " " + pick(FAMILY_NAMES);
        }

        private int pickAge() {
            int roll = random.nextInt(100);
            if (roll < 5) {
                return random.nextInt(4);
            }
            if (roll < 75) {
                return 4 + random.nextInt(12);
            }
            if (roll < 93) {
                return 16 + random.nextInt(4);
            }
            return 20 + random.nextInt(6);
        }

        private Need pickNeed() {
            int roll = random.nextInt(100);
            for (Need candidate : Need.values()) {
                roll -= candidate.percent;
                if (roll < 0) {
                    return candidate;
                }
            }
            return Need.OTH;
        }

        private void sentences(StringBuilder text, String[] bank, int min, int max) {
            List<String> chosen = choose(bank, min + random.nextInt(max - min + 1));
            for (String sentence : chosen) {
                text.append(sentence).append(' ');
            }
            text.setLength(text.length() - 1);
        }

        private String pickSome(String[] bank, int min, int max) {
            return String.join(", ", choose(bank, min + random.nextInt(max - min + 1)));
        }

        private List<String> choose(String[] bank, int count) {
            List<String> remaining = new ArrayList<>(List.of(bank));
            List<String> chosen = new ArrayList<>();
            for (int i = 0; i < count && !remaining.isEmpty(); i++) {
                chosen.add(remaining.remove(random.nextInt(remaining.size())));
            }
            return chosen;
        }

        private String fill(String template) {
            return template.replace("{Name}", name).replace("{he}", he ? "he" : "she")
                    .replace("{He}", he ? "He" : "She").replace("{his}", his()).replace("{him}", he ? "him" : "her");
        }

        private String his() {
            return he ? "his" : "her";
        }

        private <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }

        private LocalDate between(LocalDate from, LocalDate to) {
            long days = to.toEpochDay() - from.toEpochDay();
            return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String monthYear(LocalDate date) {
        return date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " " + date.getYear();
    }

    private static final String COUNCIL = "Council 0-25 Together Service";
    private static final String ICB = "NHS Integrated Care Board";

    /** SEN2 need types with roughly the shares of primary need among EHC plans in England. */
    private enum Need {
        ASD(33, "communication and interaction arising from autism", new String[] {
            "{He} was diagnosed with autism by the community paediatric team after a multidisciplinary assessment.",
            "{He} understands short, concrete instructions in familiar routines but loses the thread of longer ones.",
            "Unstructured times such as break, lunch and changes of lesson are the hardest parts of {his} day.",
            "{He} needs warning of changes, a visual timetable and time to process what is said to {him}.",
            "{He} finds it hard to start and keep up a conversation, to take turns and to read other people's intentions."}),
        SLCN(21, "speech, language and communication", new String[] {
            "{His} receptive language is well below what is expected for {his} age (CELF-5 UK).",
            "{He} has word-finding difficulties and {his} sentences break down when {he} has to explain or recount.",
            "{His} speech is not always intelligible to unfamiliar listeners, which makes {him} reluctant to speak in class.",
            "{He} benefits from visual supports, chunked instructions and pre-teaching of topic vocabulary."}),
        SEMH(15, "social, emotional and mental health", new String[] {
            "{He} experiences high levels of anxiety, shown as withdrawal, refusal and, when overwhelmed, as anger.",
            "Incidents have reduced since a consistent, predictable approach and a trusted adult were put in place.",
            "There is a risk of emotionally based school avoidance, particularly at times of transition.",
            "{He} needs explicit teaching of emotional literacy and self-regulation, practised when {he} is calm."}),
        MLD(8, "cognition and learning (moderate learning difficulties)", new String[] {
            "{He} is working well below the expected standard in reading, writing and mathematics.",
            "{He} needs new learning broken into small steps, with frequent repetition and concrete materials.",
            "{His} working memory is a relative weakness, so {he} forgets multi-step instructions."}),
        SPLD(5, "specific learning difficulties (dyslexia and dyspraxia)", new String[] {
            "{He} decodes slowly and inaccurately, and {his} spelling is well below {his} spoken vocabulary.",
            "{His} handwriting is slow and effortful; {he} produces more, and better, work on a laptop.",
            "{He} is likely to need access arrangements, such as extra time and a reader, for formal assessments."}),
        SLD(6, "severe learning difficulties", new String[] {
            "{He} communicates with a small number of signs, symbols and an electronic communication aid.",
            "{He} needs adult support for personal care and to stay safe throughout the day.",
            "{He} learns best through sensory, practical activities repeated in familiar routines."}),
        PMLD(2, "profound and multiple learning difficulties", new String[] {
            "{He} has profound learning difficulties with physical and sensory impairments and complex health needs.",
            "{He} communicates through facial expression, vocalisation and body movement, which familiar adults interpret.",
            "{He} needs two adults for moving and handling, and a planned sensory curriculum."}),
        PD(4, "physical disability", new String[] {
            "{He} has cerebral palsy affecting both legs and uses a wheelchair for longer distances.",
            "{He} needs an accessible environment, adapted equipment and time to move between lessons.",
            "Fatigue affects {his} concentration in the afternoon, and {his} timetable is adjusted for physiotherapy."}),
        HI(2, "hearing impairment", new String[] {
            "{He} has a bilateral moderate to severe hearing loss and wears hearing aids, with a radio aid in class.",
            "{He} needs good acoustics, face-to-face communication and checks that {he} has heard instructions.",
            "{His} vocabulary is behind that of {his} peers, and new words need to be pre-taught."}),
        VI(1, "visual impairment", new String[] {
            "{He} has a severe visual impairment and needs materials enlarged to N24 or presented electronically.",
            "{He} is learning to touch-type and to use screen-reading software.",
            "{He} needs mobility training to move safely and independently around the school site."}),
        MSI(1, "multi-sensory impairment", new String[] {
            "{He} has combined hearing and visual impairments and needs a consistent intervenor.",
            "{He} uses tactile signs and objects of reference to anticipate what will happen next."}),
        OTH(2, "other difficulty or disability", new String[] {
            "{He} has a rare genetic condition that affects {his} learning, stamina and coordination.",
            "{His} attendance is affected by hospital appointments, and {he} needs work sent home when {he} is absent."});

        final int percent;
        final String description;
        final String[] sentences;

        Need(int percent, String description, String[] sentences) {
            this.percent = percent;
            this.description = description;
            this.sentences = sentences;
        }
    }

    private static final String[] BOYS = {"Theo", "Oliver", "Mohammed", "Noah", "Leo", "Arjun", "Kwame", "Jakub",
        "Finley", "Reuben", "Tomasz", "Ibrahim", "Oscar", "Callum", "Dylan", "Eli", "Ravi", "Samuel", "Tyler", "Yusuf",
        "Aarav", "Kai", "Luca", "Oluwaseun", "Rhys", "Ciarán", "Zain", "Harvey", "Jayden", "Ethan"};
    private static final String[] GIRLS = {"Ada", "Amelia", "Aisha", "Isla", "Maya", "Zoë", "Freya", "Priya", "Chloé",
        "Ruby", "Hana", "Grace", "Niamh", "Sofia", "Imani", "Lily", "Ewa", "Fatima", "Poppy", "Siobhán", "Esme",
        "Layla", "Ava", "Mia", "Nia", "Olivia", "Roisin", "Tia", "Yasmin", "Zara"};
    private static final String[] FAMILY_NAMES = {"Marchetti", "Hale", "Okonjo", "Smith", "Khan", "Patel", "Jones",
        "Williams", "Nowak", "O'Brien", "Adeyemi", "Begum", "Brown", "Taylor", "Wilson", "Evans", "Thomas", "Roberts",
        "Ali", "Hussain", "Mensah", "Kowalski", "Murphy", "Lindqvist", "Da Silva", "Walker", "Wright", "Green",
        "Hughes", "Edwards", "Hall", "Wood", "Clarke", "Chen", "Nguyen", "Osei", "Ahmed", "Fraser", "MacLeod",
        "Dubois", "Rossi", "Kaur", "Singh", "Mahmood", "Cooper", "Ward", "Turner", "Bennett", "Shah", "Lewis"};
    private static final String[] OUTWARD_CODES = {"AL1", "AL3", "AL5", "AL7", "AL10", "SG1", "SG2", "SG4", "SG5",
        "SG6", "SG8", "SG12", "SG13", "SG14", "WD3", "WD6", "WD17", "WD18", "WD24", "WD25", "HP1", "HP2", "HP4",
        "EN6", "EN8", "EN10", "EN11", "CM21", "CM23"};
    private static final String[] INWARD_LETTERS = {"A", "B", "D", "E", "F", "G", "H", "J", "L", "N", "P", "Q", "R",
        "S", "T", "U", "W", "X", "Y", "Z"};
    private static final String[] TOWNS = {"Stevenage", "Hitchin", "Watford", "Hemel Hempstead", "St Albans",
        "Hertford", "Ware", "Bishop's Stortford", "Letchworth", "Welwyn", "Hatfield", "Harpenden", "Berkhamsted",
        "Tring", "Royston", "Baldock", "Cheshunt", "Hoddesdon", "Borehamwood", "Potters Bar", "Rickmansworth", "Bushey"};
    private static final String[] TRUSTS = {"Community NHS Trust", "Hospitals NHS Foundation Trust",
        "Partnership University NHS Foundation Trust"};

    private static final String[] INTERESTS = {"trains", "Minecraft", "drawing maps", "swimming", "football",
        "music, especially singing", "animals, and our dog", "Lego", "cooking with my nan", "dancing", "computers",
        "horse riding", "dinosaurs", "watching videos about how things are made", "the park", "drama club"};
    private static final String[] DIFFICULTIES = {"noisy rooms", "when plans change and nobody told me",
        "writing long stories", "the playground", "hand dryers", "knowing what to say to other children",
        "reading out loud", "getting dressed in the morning", "PE in the hall because it echoes", "busy shops",
        "waiting for my turn", "tests"};
    private static final String[] HELPS = {"my visual timetable", "ear defenders", "a quiet room", "having a job to do",
        "being told about changes before they happen", "time to finish my sentence", "a choice of two things",
        "working on the computer", "a trusted adult to go to", "movement breaks", "pictures and symbols"};
    private static final String[] ASPIRATIONS = {"I want to be a train driver", "I want to work with animals",
        "I want to go to college and learn to cook", "I want to live in my own flat with support",
        "I want to be a footballer or a coach", "I want to make computer games", "I want a job in a shop",
        "I want to be an artist", "I want to drive a car", "I want to have friends and go out with them"};
    private static final String[] PARENT_VIEWS = {
        "We are very proud of {Name}, who is funny, loyal and determined.",
        "We would like everybody who works with {Name} to understand that {his} behaviour is communication.",
        "Our biggest worry is the next move of school, because change is very hard for {him}.",
        "We want {Name} to learn the life skills {he} will need as {he} grows up: money, travel and cooking.",
        "Mornings are the most difficult time, and on bad days {he} will not go into school.",
        "The short breaks {he} has had have made a big difference to the whole family.",
        "We would like to be involved in every review and to be told quickly if anything changes.",
        "We prefer contact by email, and meetings after 3.30 pm so that one of us can attend.",
        "We have found it hard to find holiday activities that can meet {his} needs, and we are tired.",
        "We want {Name} to be with children of {his} own ability, with proper support for communication."};
    private static final String[] LEARNING = {
        "{He} is working below the expected standard in reading comprehension and writing.",
        "{His} processing speed is below average, and {he} needs extra time to respond and to finish work.",
        "{He} has a relative strength in number and calculation.",
        "{He} finds open-ended tasks very difficult and needs a model of the finished product.",
        "{He} benefits from tasks broken into small steps with a visual checklist.",
        "{He} needs pre-teaching of key vocabulary before each new topic.",
        "{His} attention is best in the morning and in small groups."};
    private static final String[] SEMH = {
        "{He} finds it hard to recognise and name {his} emotions until {he} is already very distressed.",
        "{He} wants friends but misreads jokes and teasing as hostility.",
        "{He} manages best with a consistent adult, clear routines and a quiet space.",
        "{His} self-esteem is low, and {he} often says that {he} is 'stupid'.",
        "{He} has no current involvement from mental health services.",
        "Sensory overload is a frequent trigger for distress."};
    private static final String[] ADULTHOOD = {
        "{He} wants to travel independently to college, and travel training should start early.",
        "{He} is beginning to manage money for small purchases with support.",
        "Work experience in a supportive setting should be planned from Year 10.",
        "{He} would like to live with friends in supported accommodation in the future.",
        "Transition to adult health services should be planned from age 16."};
    private static final String[] HEALTH = {
        "{He} remains under review by the community paediatrician, who last saw {him} this year.",
        "{He} has difficulty settling to sleep and often wakes early, which affects {his} regulation at school.",
        "{He} has a restricted diet related to sensory sensitivity; growth is monitored by the paediatrician.",
        "The children's occupational therapy service found differences in auditory filtering and tactile sensitivity.",
        "{He} has asthma, managed with inhalers; school has a care plan.",
        "{He} has epilepsy; seizures are well controlled and staff are trained in the emergency plan.",
        "{He} is otherwise fit and well; immunisations are up to date.",
        "A hearing test and an eye examination were both normal."};
    private static final String[] SOCIAL_CARE = {
        "{Name} lives with {his} parents and siblings; the family is warm and committed.",
        "There are no safeguarding concerns.",
        "{Name} needs close supervision outside the home because {he} has little awareness of danger.",
        "The parents report high levels of stress and broken sleep.",
        "{Name} was assessed by the Disabled Children's Service under section 17 of the Children Act 1989.",
        "{Name} is not known to any other social care team and is not a looked-after child.",
        "A parent carer's needs assessment was completed at the same time."};
    private static final String[] OUTCOMES = {
        "{Name} will follow a three-step instruction in class with a visual prompt, in four out of five observed lessons.",
        "{Name} will use a taught strategy to ask for help or a break when {he} feels anxious, without leaving the room.",
        "{Name} will retell a familiar event in the right order, using a story planner, with two pieces of detail.",
        "{Name} will take part in a structured group activity with peers for 20 minutes, taking turns.",
        "{Name} will read a short text at {his} level and answer inference questions with 80% accuracy.",
        "{Name} will produce a piece of extended writing of 150 words on a laptop, using a writing frame.",
        "{Name} will settle to sleep within 45 minutes of going to bed on five nights out of seven.",
        "{Name} will take part in a community leisure activity of {his} choice once a fortnight.",
        "{Name} will recognise when {he} is becoming anxious and choose a calming strategy, with one adult prompt.",
        "{Name} will move around the school site safely and independently between lessons.",
        "{Name} will use {his} communication aid to make requests and comments across the school day.",
        "{Name} will manage {his} personal care at school with one verbal prompt."};
    private static final String[] ADULTHOOD_OUTCOMES = {
        "{Name} will travel a familiar route to college independently, after a programme of travel training.",
        "{Name} will complete a two-week work placement with a job coach and say what {he} enjoyed.",
        "{Name} will plan, shop for and cook a simple meal with minimal support.",
        "{Name} will manage a weekly budget of 20 pounds for lunches and travel.",
        "{Name} will attend {his} own health appointment and say what {he} needs, with an adult present."};
    private static final String[][] EDUCATION_PROVISION = {
        {"A key adult trained in autism and communication to support {Name} in class, at break and at lunch.",
            "School: teaching assistant, directed by the SENCo", "25 hours per week, term time"},
        {"A speech and language therapy programme designed by a therapist and delivered in school.",
            "School teaching assistant, following a programme set by a speech and language therapist",
            "3 sessions of 20 minutes per week, individual, term time"},
        {"Direct speech and language therapy to assess progress, set targets and train staff.",
            "Speech and language therapist commissioned by the school", "6 sessions of 45 minutes per term"},
        {"A structured social communication group, for example Lego-based therapy.",
            "School: SENCo or trained teaching assistant", "1 session of 45 minutes per week, term time"},
        {"Emotional literacy and self-regulation teaching using the Zones of Regulation.",
            "School: Emotional Literacy Support Assistant (ELSA)", "1 session of 30 minutes per week for 12 weeks"},
        {"A sensory diet planned by an occupational therapist, with movement breaks and equipment.",
            "School staff, following the occupational therapy programme", "Daily; 5-minute breaks every 45 minutes"},
        {"Use of a laptop with word-prediction software for extended writing.",
            "School: class teacher and SENCo", "Daily for written work"},
        {"A personalised transition programme to the next school, with visits and a photo book.",
            "Both schools' SENCos, coordinated by the SEN Officer", "At least 6 visits between February and July"},
        {"Small-group teaching of reading comprehension and phonics, with precision teaching.",
            "School: specialist teacher", "4 sessions of 30 minutes per week, term time"},
        {"Educational psychologist consultation to support staff in planning for {Name}.",
            "Educational Psychology Service", "2 consultations of 1.5 hours per year"},
        {"A specialist placement with small classes (no more than 10 pupils) and a high staff ratio.",
            "The school named in section I", "Full time, 32.5 hours per week, 39 weeks per year"},
        {"Travel training towards independent travel to college.", "Post-16 travel training team",
            "Weekly sessions for one term"}};
    private static final String[][] HEALTH_PROVISION = {
        {"Specialist speech and language therapy review, with a report to school and family.",
            "Speech and language therapist, community NHS trust", "1 assessment and report per year"},
        {"Occupational therapy review of the sensory programme, with training for school staff.",
            "Children's occupational therapist, community NHS trust", "1 review visit and written report per year"},
        {"Community paediatric review of development, sleep and eating.",
            "Community paediatrician, community NHS trust", "1 appointment every 12 months"},
        {"Physiotherapy programme and review of equipment.", "Children's physiotherapist, community NHS trust",
            "1 review per term and a daily programme delivered by school staff"},
        {"Behavioural sleep programme with a visual bedtime routine.", "Children's sleep practitioner",
            "1 initial appointment and 4 follow-up calls over 3 months"},
        {"Specialist nursing support and training for staff on the health care plan.", "Children's community nurse",
            "Termly training; review of the care plan every 6 months"}};
    private static final String[][] SOCIAL_CARE_PROVISION = {
        {"Short breaks: a community-based package so that {Name} has positive experiences outside the family.",
            "Disabled Children's Service, through a commissioned provider", "6 hours per week in school holidays"},
        {"A support worker to help {Name} take part in a leisure activity of {his} choice.",
            "Personal assistant funded by direct payment (see section J)", "2 hours per fortnight, term time"},
        {"Family support for the parents, including a parenting programme.",
            "Disabled Children's Service family support worker", "6 weekly sessions of 2 hours"},
        {"Overnight short breaks at a residential unit.", "Council short breaks unit", "2 nights per month"},
        {"Key worker support for the family during the transition to the next school.",
            "Disabled Children's Service family support worker", "Monthly contact for 12 months"}};
    private static final String[] BUDGET_PURPOSES = {"a personal assistant for leisure activities",
        "sensory equipment recommended by occupational therapy", "short breaks in school holidays",
        "the life-skills programme in section F", "specialist transport", "therapy equipment at home"};
}
