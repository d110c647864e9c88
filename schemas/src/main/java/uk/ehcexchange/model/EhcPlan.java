package uk.ehcexchange.model;

/**
 * An Education, Health and Care plan (SEND Regulations 2014 reg 12; SEND Code of Practice 9.62).
 *
 * @param planId        the hub-wide identifier of the plan, chosen by the owning council's system
 * @param owningCouncil DfE three-digit LA code of the council that maintains the plan
 * @param ceasedReason  required when {@code status} is {@link PlanStatus#CEASED}, absent otherwise
 */
public record EhcPlan(
        String planId,
        String owningCouncil,
        PlanStatus status,
        CeasedReason ceasedReason,
        PlanDates dates,
        Child child,
        PlanSections sections) {
}
