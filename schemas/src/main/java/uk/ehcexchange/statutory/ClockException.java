package uk.ehcexchange.statutory;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The reasons the SEND Regulations 2014 allow for a time limit not to be met, each with the duties it may excuse
 * and the paragraph that says so.
 *
 * <p>An exception does not move a deadline: the clock keeps its statutory date, and the exception is recorded
 * beside it with the caseworker's reason (so SEN2 item 3.7 {@code Week20} can be reported as 1). The regulations
 * only excuse a missed limit "if it is impractical" to meet it because of one of these reasons; whether it was is
 * the council's judgement, which is why the hub records the reason rather than deciding.
 *
 * <p>Absence from the area appears in both lists (reg 8(2)(b) for advisers, reg 5(4), 10(4)(d), 13(3)(d) and
 * 27(3)(d) for the council) with the same meaning, so it is one constant whose {@link #source(StatutoryDuty)}
 * depends on the duty. For reg 5(4) only limb (a) was read verbatim; that (b)&ndash;(d) match regs 10(4), 13(3)
 * and 27(3) comes from the reference summary and is marked unverified in docs/clocks.md.
 */
public enum ClockException {

    /** Advice asked of a school or post-16 head/principal from 1 week before a closure of at least 4 weeks. */
    SCHOOL_CLOSURE("advice was requested from a school or post-16 institution's head teacher or principal in the"
            + " period from one week before it closed for at least 4 continuous weeks until one week before it"
            + " re-opened", councilLimb("a")),
    /** The same for an early years provider. */
    EARLY_YEARS_CLOSURE("advice was requested from an early years provider in the period from one week before it"
            + " closed for at least 4 continuous weeks until one week before it re-opened", councilLimb("b")),
    /** Exceptional personal circumstances of the child, the parent or the young person. */
    EXCEPTIONAL_PERSONAL_CIRCUMSTANCES("exceptional personal circumstances affected the child or the child's parent,"
            + " or the young person", councilLimb("c")),
    /** The child, the parent or the young person absent from the council's area for at least 4 continuous weeks. */
    ABSENT_FROM_AREA("the child or the child's parent, or the young person, was absent from the council's area for"
            + " a continuous period of at least 4 weeks", absentFromArea()),
    /** Exceptional circumstances affecting the child, parent or young person in the adviser's 6 weeks. */
    EXCEPTIONAL_CIRCUMSTANCES("exceptional circumstances affected the child, the child's parent or the young person"
            + " during the adviser's 6 weeks", Map.of(StatutoryDuty.ADVICE, reg("8(2)(a)"))),
    /** The child or young person did not keep an appointment for an examination or test the adviser made. */
    MISSED_APPOINTMENT("the child or young person did not keep an appointment for an examination or a test made by"
            + " the adviser during its 6 weeks", Map.of(StatutoryDuty.ADVICE, reg("8(2)(c)")));

    private static final String REGULATIONS = "SEND Regulations 2014, reg ";

    private final String meaning;
    private final Map<StatutoryDuty, String> sources;

    ClockException(String meaning, Map<StatutoryDuty, String> sources) {
        this.meaning = meaning;
        this.sources = Collections.unmodifiableMap(new EnumMap<>(sources));
    }

    /** What the exception means, in plain words, to show beside the clock. */
    public String meaning() {
        return meaning;
    }

    /** The duties whose time limit this exception may excuse. */
    public Set<StatutoryDuty> duties() {
        return sources.keySet();
    }

    public boolean appliesTo(StatutoryDuty duty) {
        return sources.containsKey(duty);
    }

    /**
     * Whether it may excuse the duty named {@code clockKind} (a journey clock kind's name); {@code false} for a
     * name that is not a {@link StatutoryDuty}, e.g. a clock the regulations give no exceptions for.
     */
    public boolean appliesTo(String clockKind) {
        StatutoryDuty duty = StatutoryDuty.named(clockKind);
        return duty != null && appliesTo(duty);
    }

    /**
     * The paragraph that allows this exception for {@code duty}, e.g. "SEND Regulations 2014, reg 10(4)(c)".
     *
     * @throws IllegalArgumentException if the exception does not apply to that duty
     */
    public String source(StatutoryDuty duty) {
        String source = sources.get(Objects.requireNonNull(duty, "duty"));
        if (source == null) {
            throw new IllegalArgumentException(name() + " does not apply to " + duty + "; it applies to "
                    + duties());
        }
        return source;
    }

    private static String reg(String paragraph) {
        return REGULATIONS + paragraph;
    }

    /** Limb {@code letter} of the four identical lists in regs 5(4), 10(4), 13(3) and 27(3). */
    private static Map<StatutoryDuty, String> councilLimb(String letter) {
        return Map.of(
                StatutoryDuty.DECIDE_WHETHER_TO_ASSESS, reg("5(4)(" + letter + ")"),
                StatutoryDuty.DECIDE_NOT_TO_ISSUE, reg("10(4)(" + letter + ")"),
                StatutoryDuty.FINAL_PLAN, reg("13(3)(" + letter + ")"),
                StatutoryDuty.FINAL_PLAN_AFTER_REASSESSMENT, reg("27(3)(" + letter + ")"));
    }

    private static Map<StatutoryDuty, String> absentFromArea() {
        Map<StatutoryDuty, String> sources = new EnumMap<>(councilLimb("d"));
        sources.put(StatutoryDuty.ADVICE, reg("8(2)(b)"));
        return sources;
    }
}
