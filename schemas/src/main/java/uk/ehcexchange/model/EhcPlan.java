package uk.ehcexchange.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An Education, Health and Care plan (SEND Regulations 2014 reg 12; SEND Code of Practice 9.62).
 *
 * @param planId        the hub-wide identifier of the plan, chosen by the owning council's system
 * @param owningCouncil DfE three-digit LA code of the council that maintains the plan
 * @param ceasedReason  required when {@code status} is {@link PlanStatus#CEASED}, absent otherwise
 * @param needTypes     the child's primary and secondary types of need (SEN2 item 5.8): at most one of each rank.
 *                      Held on the plan rather than on {@link Child} because the council determines them with the
 *                      plan (section B describes the needs; SEN2 reports them per plan), while a Child also travels
 *                      in advice and notices whose authors do not classify the need. Empty when not recorded.
 */
public record EhcPlan(
        String planId,
        String owningCouncil,
        PlanStatus status,
        CeasedReason ceasedReason,
        PlanDates dates,
        Child child,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SenNeed> needTypes,
        PlanSections sections) {

    public EhcPlan {
        needTypes = needTypes == null ? List.of() : List.copyOf(needTypes);
    }

    /** A plan without recorded types of need, as plans were before they were added. */
    public EhcPlan(String planId, String owningCouncil, PlanStatus status, CeasedReason ceasedReason, PlanDates dates,
                   Child child, PlanSections sections) {
        this(planId, owningCouncil, status, ceasedReason, dates, child, List.of(), sections);
    }
}
