package uk.ehcexchange.hub.placement;

import java.time.LocalDate;
import uk.ehcexchange.model.Establishment;

/**
 * What the placing council sends. The child is the plan's child: the hub takes it from the plan.
 *
 * @param establishment the school or college the child attends from the placement, when known
 */
public record NewPlacement(String planId, String placingCouncil, String hostCouncil, LocalDate placedOn,
                           PlacementType placementType, Establishment establishment) {
}
