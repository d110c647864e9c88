package uk.ehcexchange.hub.plan;

import uk.ehcexchange.model.EhcPlan;

/**
 * A plan version was stored; published inside the submission's transaction, so a listener's own writes commit or
 * roll back with it.
 *
 * @param document the canonical JSON as stored
 */
public record PlanSubmitted(EhcPlan plan, int version, String document) {
}
