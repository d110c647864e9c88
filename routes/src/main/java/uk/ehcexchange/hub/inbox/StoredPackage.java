package uk.ehcexchange.hub.inbox;

import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.transfer.TransferManifestV1;

/** What the hub keeps of a received package besides its documents: the verified manifest and the plan. */
public record StoredPackage(TransferManifestV1 manifest, EhcPlan plan) {
}
