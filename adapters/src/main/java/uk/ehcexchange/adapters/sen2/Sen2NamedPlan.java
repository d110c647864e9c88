package uk.ehcexchange.adapters.sen2;

import java.time.LocalDate;
import java.util.List;

/**
 * Module 4: the plan as named, and its end.
 *
 * @param startDate   item 4.1
 * @param planDetails item 4.7, one or two placements named by the plan
 * @param ceaseReason item 4.6, 1 to 9
 */
public record Sen2NamedPlan(LocalDate startDate, List<Sen2Placement> planDetails, LocalDate ceaseDate,
                            String ceaseReason) {

    public Sen2NamedPlan {
        planDetails = planDetails == null ? List.of() : List.copyOf(planDetails);
    }
}
