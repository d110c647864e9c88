package uk.ehcexchange.adapters.sen2;

import java.time.LocalDate;

/**
 * A PlanDetail (item 4.7) or PlacementDetail (item 5.7): one of URN, UKPRN or SENSetting, and its rank. Entry and
 * leaving dates are written only in a PlacementDetail.
 */
public record Sen2Placement(String urn, String ukprn, String senSetting, String senSettingOther, Integer rank,
                            LocalDate entryDate, LocalDate leavingDate) {
}
