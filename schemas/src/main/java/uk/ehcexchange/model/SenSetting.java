package uk.ehcexchange.model;

/**
 * The type of placement section I names when it names no school or institution (SEND Regulations 2014 reg 12(1)(i)
 * allows the type alone): the SEN2 return's SENSetting codes for a plan (item 4.7c), used there exactly when there
 * is no URN or UKPRN. SEN2's NEET, NIEC and NIEO describe where a young person is (item 5.7c), not a placement a
 * plan can name, so they are not here.
 */
public enum SenSetting implements Sen2Coded {
    /** Education otherwise than at a school or post-16 institution, arranged by the council (CFA 2014 s61). */
    OLA("Other arrangements made by the local authority (education otherwise than at school, CFA 2014 s61)"),
    /** E.g. a parent-funded independent school (CFA 2014 s42(5)); elective home education is {@link #EHE}. */
    OPA("Other arrangements made by the parent or young person (CFA 2014 s42(5)), excluding elective home education"),
    EHE("Elective home education"),
    EYP("Early years provider with no URN"),
    /** Including a type of setting named without a specific setting; the plan then says which in words. */
    OTH("Other, including a type of setting named without a specific setting");

    private final String sen2Wording;

    SenSetting(String sen2Wording) {
        this.sen2Wording = sen2Wording;
    }

    @Override
    public String sen2Code() {
        return name();
    }

    @Override
    public String sen2Wording() {
        return sen2Wording;
    }
}
