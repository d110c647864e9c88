package uk.ehcexchange.hub.disclosure;

import java.time.LocalDate;

/**
 * What a council records: a purpose, optionally one recipient, and either consent (who, when) or a reg 17 purpose.
 *
 * @param recipient the one body (LA code or ICB ODS code) the basis covers; absent: every body the purpose concerns
 */
public record NewDisclosureBasis(DisclosurePurpose purpose, String recipient, BasisKind basis,
                                 ConsentGivenBy consentGivenBy, LocalDate consentGivenOn,
                                 Reg17Purpose statutoryPurpose) {
}
