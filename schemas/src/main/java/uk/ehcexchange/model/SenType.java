package uk.ehcexchange.model;

/**
 * A type of special educational need: the SEN2 return's SENtype list (item 5.8a), which is the Common Transfer
 * File's list plus DS (new in SEN2 2025). CTF's NSA ("SEN support but no specialist assessment of type of need")
 * is left out: a child with an EHC plan has had an EHC needs assessment.
 */
public enum SenType implements Sen2Coded {
    SPLD("Specific learning difficulty"),
    MLD("Moderate learning difficulty"),
    SLD("Severe learning difficulty"),
    PMLD("Profound and multiple learning difficulty"),
    SEMH("Social, emotional and mental health"),
    SLCN("Speech, language and communication needs"),
    HI("Hearing impairment"),
    VI("Visual impairment"),
    MSI("Multi-sensory impairment"),
    PD("Physical disability"),
    ASD("Autistic spectrum disorder"),
    DS("Down syndrome"),
    OTH("Other difficulty or disability");

    private final String sen2Wording;

    SenType(String sen2Wording) {
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
