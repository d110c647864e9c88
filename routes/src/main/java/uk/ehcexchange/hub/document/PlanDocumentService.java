package uk.ehcexchange.hub.document;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import uk.ehcexchange.hub.audit.AuditRecorder;
import uk.ehcexchange.hub.auth.ClientIdentity;
import uk.ehcexchange.hub.plan.PlanRepository;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.model.AdviceReceived;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.model.validation.Violation;

/**
 * The documents a plan refers to in section K. They travel with the plan when it is transferred, so that the new
 * council need not ask for the advice again (reg 15).
 */
@Service
public class PlanDocumentService {

    /** Formats councils and trusts send advice in; anything else is refused rather than passed on unread. */
    static final Set<String> MEDIA_TYPES = Set.of("application/pdf", "application/json", "text/plain", "image/png",
            "image/jpeg", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final PlanRepository plans;
    private final PlanDocumentRepository documents;
    private final ContentStore content;
    private final AuditRecorder audit;
    private final ObjectMapper json;
    private final Clock clock;

    public PlanDocumentService(PlanRepository plans, PlanDocumentRepository documents, ContentStore content,
                               AuditRecorder audit, ObjectMapper json, Clock clock) {
        this.plans = plans;
        this.documents = documents;
        this.content = content;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Stores the document under its section K reference. Uploading the same reference again replaces it: the
     * (plan, reference) key makes a resend harmless.
     */
    public PlanDocumentRepository.PlanDocument upload(ClientIdentity client, String planId, String reference,
                                                      String mediaType, InputStream body) throws IOException {
        EhcPlan plan = ownPlan(client, planId);
        if (!referencedInSectionK(plan, reference)) {
            throw RejectedException.invalid(List.of(new Violation("reference", "referenced-document",
                    "the plan's section K lists no document with this reference")), planId);
        }
        String type = mediaType == null ? "" : mediaType.split(";")[0].trim().toLowerCase();
        if (!MEDIA_TYPES.contains(type)) {
            throw RejectedException.of(Rejection.UNSUPPORTED_MEDIA_TYPE, "Content-Type", "document-media-type",
                    "send the document as one of " + MEDIA_TYPES, planId);
        }
        ContentStore.Stored stored = content.store(body);
        PlanDocumentRepository.PlanDocument document = new PlanDocumentRepository.PlanDocument(planId, reference,
                type, stored.size(), stored.sha256());
        documents.put(document, clock.instant());
        audit.accepted(client, "plan.document.upload", planId);
        return document;
    }

    public PlanDocumentRepository.PlanDocument find(ClientIdentity client, String planId, String reference)
            throws IOException {
        ownPlan(client, planId);
        return documents.find(planId, reference).orElseThrow(() -> RejectedException.of(Rejection.NOT_FOUND,
                "reference", "known-document", "no document with this reference has been uploaded", planId));
    }

    private EhcPlan ownPlan(ClientIdentity client, String planId) throws IOException {
        PlanRepository.StoredPlan stored = plans.find(planId).orElseThrow(() -> RejectedException.of(
                Rejection.NOT_FOUND, "planId", "known-plan", "there is no plan " + planId, planId));
        if (!client.authorityCode().equals(stored.owningCouncil())) {
            throw RejectedException.of(Rejection.NOT_YOUR_AUTHORITY, "planId", "own-authority-only",
                    "the plan is maintained by another council", planId);
        }
        return json.readValue(stored.document(), EhcPlan.class);
    }

    private static boolean referencedInSectionK(EhcPlan plan, String reference) {
        return plan.sections().k().advice().stream().map(AdviceReceived::documentReference)
                .anyMatch(reference::equals);
    }
}
