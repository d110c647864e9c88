package uk.ehcexchange.hub.placement;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import uk.ehcexchange.model.Child;
import uk.ehcexchange.model.Establishment;

/**
 * A notification that a looked-after child with an EHC plan has been placed in another council's area.
 *
 * @param hostIcb        the ICB whose area includes the host council (told as well); absent when the directory has none
 * @param responsibleIcb the child's own health commissioning body (the ICB the plan names, else the one configured for
 *                       the placing council's area), told as well; absent when neither is known to the directory.
 *                       Often the same as {@code hostIcb}, then told once
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlacementNotification(String notificationId, String planId, String placingCouncil, String hostCouncil,
                                    String hostIcb, String responsibleIcb, LocalDate placedOn,
                                    PlacementType placementType, Establishment establishment, Child child,
                                    Instant createdAt) {
}
