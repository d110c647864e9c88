package uk.ehcexchange.model;

/**
 * Section I: the school or other institution, or the type of placement (SEND Regulations 2014 reg 12(1)(i) allows
 * either). A final plan has exactly one of the two, as SEN2 item 4.7 has one of URN, UKPRN or SENSetting; a draft
 * may have neither.
 *
 * @param establishment          the named school or institution
 * @param placementType          the type of placement when no institution is named, e.g. {@link SenSetting#OLA}
 *                               for education otherwise than at school
 * @param placementDescription   the placement in words (SEN2's SENSettingOther); required for {@link SenSetting#OTH}
 */
public record PlacementSection(Authorship author, Establishment establishment, SenSetting placementType,
                               String placementDescription) {

    /** A section naming an institution (or, in a draft, nothing). */
    public PlacementSection(Authorship author, Establishment establishment) {
        this(author, establishment, null, null);
    }
}
