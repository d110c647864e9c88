package uk.ehcexchange.statutory;

/**
 * The transfers between phases of education for which reg 18(1) of the SEND Regulations 2014 fixes a date by
 * which the plan is reviewed and, where necessary, amended to name the next school or institution.
 */
public enum PhaseTransfer {
    EARLY_YEARS_TO_SCHOOL("from early years education to school"),
    INFANT_TO_JUNIOR("from infant school to junior school"),
    PRIMARY_TO_MIDDLE("from primary school to middle school"),
    PRIMARY_TO_SECONDARY("from primary school to secondary school"),
    MIDDLE_TO_SECONDARY("from middle school to secondary school"),
    /** The only transfer under reg 18(1)(a) (31 March); every other one is reg 18(1)(b) (15 February). */
    SECONDARY_TO_POST_16("from secondary school to a post-16 institution");

    private final String words;

    PhaseTransfer(String words) {
        this.words = words;
    }

    /** The transfer in words, e.g. "from primary school to secondary school". */
    public String words() {
        return words;
    }
}
