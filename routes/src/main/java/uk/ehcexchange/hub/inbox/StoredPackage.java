package uk.ehcexchange.hub.inbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import uk.ehcexchange.hub.transfer.AssessmentRequestDocument;

import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.transfer.TransferManifestV1;

/**
 * What the hub keeps of a received package besides its documents: the verified manifest and the plan, or for an
 * assessment in progress ({@code plan} null) its {@code assessment/request.json}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoredPackage(TransferManifestV1 manifest, EhcPlan plan, AssessmentRequestDocument assessment) {

    public StoredPackage(TransferManifestV1 manifest, EhcPlan plan) {
        this(manifest, plan, null);
    }
}
