package uk.ehcexchange.hub.document;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.ehcexchange.hub.audit.AuditRecorder;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.hub.plan.PlanService;
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

    private final PlanService plans;
    private final PlanDocumentRepository documents;
    private final ContentStore content;
    private final AuditRecorder audit;
    private final ObjectMapper json;
    private final Clock clock;
    private final ContentReferences references;
    private final ContentJanitor janitor;
    private final TransactionTemplate transaction;

    public PlanDocumentService(PlanService plans, PlanDocumentRepository documents, ContentStore content,
                               AuditRecorder audit, ObjectMapper json, Clock clock, ContentReferences references,
                               ContentJanitor janitor, TransactionTemplate transaction) {
        this.references = references;
        this.janitor = janitor;
        this.transaction = transaction;
        this.plans = plans;
        this.documents = documents;
        this.content = content;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Stores the document under its section K reference, once the plan is known to be the caller's, the reference
     * listed and the media type one the hub passes on: nothing of a refused upload is read into the store.
     * Uploading the same reference again replaces it: the (plan, reference) key makes a resend harmless.
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
        PlanDocumentRepository.PlanDocument document;
        String replaced;
        try (ContentStore.Staged staged = content.stage(body)) {
            document = new PlanDocumentRepository.PlanDocument(planId, reference, type, staged.size(),
                    staged.sha256());
            replaced = transaction.execute(status -> {
                references.lock(List.of(staged.sha256()));
                place(staged);
                return documents.put(document, clock.instant()).orElse(null);
            });
        }
        audit.accepted(client, "plan.document.upload", planId);
        if (replaced != null && !replaced.equals(document.sha256())) {
            // Only now that the new row is committed: a rollback must find the old content still there.
            janitor.deleteIfUnreferenced(replaced, null, ContentJanitor.Reason.REPLACED);
        }
        return document;
    }

    private void place(ContentStore.Staged staged) {
        try {
            content.place(staged);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store document content", e);
        }
    }

    public PlanDocumentRepository.PlanDocument find(ClientIdentity client, String planId, String reference)
            throws IOException {
        ownPlan(client, planId);
        return documents.find(planId, reference).orElseThrow(() -> RejectedException.of(Rejection.NOT_FOUND,
                "reference", "known-document", "no document with this reference has been uploaded", planId));
    }

    /** Another council's plan is answered as one that does not exist ({@link PlanService#ownPlan}). */
    private EhcPlan ownPlan(ClientIdentity client, String planId) throws IOException {
        return json.readValue(plans.ownPlan(client, planId).document(), EhcPlan.class);
    }

    private static boolean referencedInSectionK(EhcPlan plan, String reference) {
        return plan.sections().k().advice().stream().map(AdviceReceived::documentReference)
                .anyMatch(reference::equals);
    }
}
