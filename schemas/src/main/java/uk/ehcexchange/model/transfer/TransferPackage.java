package uk.ehcexchange.model.transfer;

import uk.ehcexchange.model.EhcPlan;

/** The content of a transfer: the manifest and the plan, whose section K lists the advice that travels with it. */
public record TransferPackage(TransferManifest manifest, EhcPlan plan) {
}
