package uk.ehcexchange.hub.disclosure;

/**
 * Why a child's plan, or what the hub derives from it, leaves the hub for another body. A purpose with a statutory
 * duty is one the SEND Regulations 2014 themselves require: the hub records that duty as the basis itself and never
 * blocks it for want of consent (reg 17's restriction is "subject to" the Act and the Regulations). Every other
 * purpose needs a basis the council has recorded: the consent of the parent or young person, or a reg 17 purpose.
 * docs/disclosure.md gives the reasoning for each row.
 */
public enum DisclosurePurpose {

    /** The plan, and the advice gathered for it, to the new council when the child moves (reg 15). */
    PLAN_TRANSFER("SEND Regulations 2014 reg 15(1)-(2): the old council must transfer the plan to the new council"),
    /**
     * A final (or amended) plan to the child's responsible commissioning body, which must arrange its section G
     * health provision: reg 13(2)(c) (final plan), reg 22(3)(c) (amended plan), read with CFA 2014 s42.
     */
    PLAN_TO_COMMISSIONING_BODY("SEND Regulations 2014 reg 13(2)(c) / 22(3)(c): the final plan is sent to the "
            + "responsible commissioning body"),
    /**
     * A looked-after child placed in another council's area: the notification tells the host council and the host
     * area's ICB that the child has an EHC plan, its id and section I's school. The Care Planning Regulations 2010
     * reg 13 require notice of the placement, not of the plan, so this needs a recorded basis.
     */
    PLACEMENT_NOTIFICATION(null),
    /**
     * An EHC needs assessment in progress (the request, the child and the advice gathered so far, no plan) to the
     * council that became responsible for the child when it moved (CFA 2014 s24): its 6/16/20-week duties then run
     * from that day (regs 5, 10, 13). An interpretation, like the new council's ICB copy: the Regulations make the new
     * council responsible for the assessment, and the hub treats handing it what was gathered as part of that duty
     * (docs/disclosure.md).
     */
    ASSESSMENT_HAND_OVER("transfer of an assessment in progress: CFA 2014 s24 / SEND Regulations 2014 regs 5, 10,"
            + " 13: the council that becomes responsible continues the assessment");

    private final String duty;

    DisclosurePurpose(String duty) {
        this.duty = duty;
    }

    /** The regulation that requires this disclosure, or null when it needs a basis the council records. */
    public String statutoryDuty() {
        return duty;
    }

    public boolean required() {
        return duty != null;
    }
}
