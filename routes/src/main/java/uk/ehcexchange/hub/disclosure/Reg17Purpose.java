package uk.ehcexchange.hub.disclosure;

/**
 * The purposes for which a council may disclose a plan without consent, as it records them. The wording follows the
 * predecessor rule (Education (SEN) (England) (Consolidation) Regulations 2001 reg 24(1)), read verbatim; the
 * paragraph letters of SEND Regulations 2014 reg 17(1) were not read from the made text and are therefore not
 * cited (docs/disclosure.md, "What was verified"). The council judges that the purpose applies; the hub records
 * that judgement and names it in the audit trail.
 */
public enum Reg17Purpose {
    /** Disclosure to persons to whom, in the council's opinion, the plan should be disclosed in the child's interests. */
    INTERESTS_OF_CHILD("reg 17(1): in the opinion of the council, in the interests of the child or young person"),
    /** The council's duties to a looked-after child under the Children Act 1989 (2001 reg 24(1)(h): s22(3)(a) etc.). */
    CHILDREN_ACT_DUTIES("reg 17(1): the council's duties under the Children Act 1989 (looked-after children)"),
    /** An appeal to the First-tier Tribunal (SEND) under CFA 2014 s51. */
    TRIBUNAL_APPEAL("reg 17(1): an appeal under section 51 of the Children and Families Act 2014"),
    /** A court's order, or criminal proceedings. */
    COURT_ORDER("reg 17(1): on the order of a court or for criminal proceedings");

    private final String rule;

    Reg17Purpose(String rule) {
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
