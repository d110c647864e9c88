package uk.ehcexchange.hub.plan;

import uk.ehcexchange.model.EhcPlan;

/**
 * A plan transferred to a council this hub serves became that council's (reg 15); published inside the
 * transaction that stores the transfer, so a listener's own writes commit or roll back with it.
 *
 * @param plan      the plan as it arrived (its {@code owningCouncil} still names the council it came from)
 * @param version   the version this hub holds it at
 * @param document  the canonical JSON as stored
 * @param toCouncil the council that now maintains it
 */
public record PlanHandedOver(EhcPlan plan, int version, String document, String toCouncil) {
}
