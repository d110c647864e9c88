package uk.ehcexchange.hub.advice;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.ehcexchange.hub.audit.AuditRecorder;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.core.ClientRole;
import uk.ehcexchange.hub.core.ContentPurged;
import uk.ehcexchange.hub.core.EstablishmentCode;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.hub.directory.AuthorityDirectory;
import uk.ehcexchange.hub.document.ContentReferences;
import uk.ehcexchange.hub.document.ContentStore;
import uk.ehcexchange.hub.idempotency.IdempotentRequests;
import uk.ehcexchange.hub.idempotency.StoredResponse;
import uk.ehcexchange.hub.plan.PlanRepository;
import uk.ehcexchange.hub.support.JsonDocuments;
import uk.ehcexchange.model.AdviceDocument;
import uk.ehcexchange.model.AdviceType;
import uk.ehcexchange.model.Attachment;
import uk.ehcexchange.model.AuthorityKind;
import uk.ehcexchange.model.Child;
import uk.ehcexchange.model.HealthAdvice;
import uk.ehcexchange.model.SocialCareAssessment;
import uk.ehcexchange.model.validation.CanonicalValidator;
import uk.ehcexchange.model.validation.Violation;

/**
 * Advice for EHC needs assessments: a council asks (reg 6), the party asked answers, and the answer lands in the
 * council's inbox with whether it met the 6-week deadline (reg 8). Every kind reg 6(1) names is carried: health
 * advice from an ICB or trust, social care and educational psychology advice from a council's teams, educational
 * advice from a school or college, the family's views (recorded by the council itself: the family is no API client)
 * and other advice from a council or health body in the directory. The REST, FHIR and SOAP front doors all come
 * through here, so the rules are the same whichever way a party speaks.
 */
@Service
public class AdviceService {

    private static final Logger log = LoggerFactory.getLogger(AdviceService.class);

    /** Advice asked of one school or college, named by URN or UKPRN beside the council it works with. */
    private static final Set<AdviceType> EDUCATIONAL = Set.of(AdviceType.EDUCATIONAL,
            AdviceType.HEAD_TEACHER_OR_PRINCIPAL);
    /** Advice asked of a council's own team: its social care team or its educational psychology service. */
    private static final Set<AdviceType> COUNCIL_TEAM = Set.of(AdviceType.SOCIAL_CARE, AdviceType.PSYCHOLOGICAL);
    private static final Set<AdviceRequestStatus> RECIPIENT_MAY_SET = Set.of(AdviceRequestStatus.ACCEPTED,
            AdviceRequestStatus.IN_PROGRESS, AdviceRequestStatus.REJECTED);
    private static final Pattern MESSAGE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final int MAX_QUESTION = 2000;

    private final AdviceRepository repository;
    private final PlanRepository plans;
    private final AuthorityDirectory directory;
    private final ContentStore content;
    private final IdempotentRequests idempotent;
    private final TransactionTemplate transaction;
    private final AuditRecorder audit;
    private final ObjectMapper json;
    private final Clock clock;
    private final ContentReferences references;
    private final AdviceJourney journey;

    public AdviceService(AdviceRepository repository, PlanRepository plans, AuthorityDirectory directory,
                         ContentStore content, IdempotentRequests idempotent, TransactionTemplate transaction,
                         AuditRecorder audit, ObjectMapper json, Clock clock, ContentReferences references,
                         AdviceJourney journey) {
        this.references = references;
        this.journey = journey;
        this.repository = repository;
        this.plans = plans;
        this.directory = directory;
        this.content = content;
        this.idempotent = idempotent;
        this.transaction = transaction;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    public AdviceRequest request(ClientIdentity client, String council, String idempotencyKey, NewAdviceRequest body) {
        requireCouncil(council);
        requireActingFor(client, council, "council");
        LocalDate today = LocalDate.now(clock);
        LocalDate requestedOn = body.requestedOn() == null ? today : body.requestedOn();
        checkRequest(council, body, requestedOn, today);
        StoredResponse stored = idempotent.execute(client, idempotencyKey,
                "POST advice-request " + council + "\n" + JsonDocuments.write(json, body), () -> {
                    AdviceRequest created = new AdviceRequest(UUID.randomUUID().toString(), council,
                            body.adviceType(), body.recipient(), body.establishment(), body.child(), body.planId(),
                            body.caseId(), body.question(),
                            requestedOn, AdviceRequest.dueOn(requestedOn), AdviceRequestStatus.REQUESTED, null,
                            clock.instant(), clock.instant());
                    repository.insert(created);
                    journey.requested(created, client);
                    return StoredResponse.created(JsonDocuments.write(json, created));
                });
        AdviceRequest request = JsonDocuments.read(json, stored.body(), AdviceRequest.class);
        audit.accepted(client, "advice.request", request.requestId());
        log.info("Advice request {} from {} to {} ({})", request.requestId(), council, request.recipient(),
                request.adviceType());
        return request;
    }

    /**
     * Visible to the council that asked and the party asked; to anyone else it does not exist: the same 404, word for
     * word, as an id the hub never issued, so that an outsider cannot even learn that a request exists.
     */
    public AdviceRequest find(ClientIdentity client, String requestId) {
        return repository.find(requestId).filter(r -> visibleTo(client, r))
                .orElseThrow(() -> unknownRequest(requestId));
    }

    /**
     * A request the caller was asked (the Task it owns), or nothing, whether the request is absent or someone else's.
     */
    public Optional<AdviceRequest> findAssigned(ClientIdentity client, String requestId) {
        return repository.find(requestId).filter(r -> addressedTo(client, r));
    }

    private static boolean visibleTo(ClientIdentity client, AdviceRequest request) {
        return askedBy(client, request) || addressedTo(client, request);
    }

    /** The council's own system asked: only an unrestricted client speaks for the council that asked. */
    private static boolean askedBy(ClientIdentity client, AdviceRequest request) {
        return client.role().unrestricted() && client.authorityCode().equals(request.requestingCouncil());
    }

    /**
     * The request is the client's to answer: addressed to its authority, of a kind its role answers (the role table,
     * {@link ClientRole#seesAdvice}), and for a school, addressed to that school. A council's own system answers
     * every kind addressed to its council, for a team or school that has no client of its own.
     */
    private static boolean addressedTo(ClientIdentity client, AdviceRequest request) {
        return client.authorityCode().equals(request.recipient()) && client.role().seesAdvice(request.adviceType())
                && (!client.role().establishmentBound() || client.establishment().equals(request.establishment()));
    }

    public List<AdviceRequest> assignedTo(String recipient, AdviceRequestStatus status) {
        return repository.assignedTo(recipient, status);
    }

    /**
     * The council's system sees the requests its council made; a team or school sees the requests addressed to it,
     * whichever council made them (a school in one council teaches children of its neighbours too).
     */
    public List<AdviceRequest> requestedBy(ClientIdentity client, String council) {
        requireCouncil(council);
        requireActingFor(client, council, "council");
        if (client.role().unrestricted()) {
            return repository.requestedBy(council);
        }
        return repository.assignedTo(council, null).stream().filter(r -> addressedTo(client, r)).toList();
    }

    /**
     * The party asked accepts, starts or declines the work; the council that asked may cancel. Completion happens
     * only by answering, so a completed request always has its advice.
     */
    public AdviceRequest changeStatus(ClientIdentity client, String requestId, AdviceRequestStatus to) {
        AdviceRequest request = find(client, requestId);
        boolean recipient = addressedTo(client, request);
        boolean requester = askedBy(client, request);
        boolean allowed = recipient && RECIPIENT_MAY_SET.contains(to)
                || requester && to == AdviceRequestStatus.CANCELLED;
        if (!allowed) {
            throw RejectedException.of(Rejection.VALIDATION_FAILED, "status", "status-transition",
                    (recipient && requester ? "the council, asking itself, may set ACCEPTED, IN_PROGRESS, REJECTED"
                            + " or CANCELLED" : recipient ? "the party asked may set ACCEPTED, IN_PROGRESS or REJECTED"
                            : "the council that asked may only cancel") + "; COMPLETED follows from answering",
                    requestId);
        }
        if (request.status() == to) {
            return request;
        }
        transaction.executeWithoutResult(status -> {
            if (!repository.changeOpenStatus(requestId, to, null, clock.instant())) {
                throw closed(requestId, repository.find(requestId).orElseThrow().status());
            }
            journey.statusChanged(request, to, client, LocalDate.now(clock));
        });
        audit.accepted(client, "advice.status." + to.name().toLowerCase(), requestId);
        return repository.find(requestId).orElseThrow();
    }

    /** Health advice sent without documents of its own (the JSON API), so it may cite none. */
    public AdviceResponse answer(ClientIdentity responder, String requestId, String messageId, HealthAdvice advice) {
        return answer(responder, requestId, messageId, advice, List.of());
    }

    /**
     * @param sent the documents sent with this answer; {@code advice.attachments} may cite these and no others
     */
    public AdviceResponse answer(ClientIdentity responder, String requestId, String messageId, HealthAdvice advice,
                                 List<AnswerAttachment> sent) {
        List<Violation> violations = new ArrayList<>(CanonicalValidator.validate(advice, clock));
        return answer(responder, requestId, messageId, Set.of(AdviceType.MEDICAL), advice, advice.requestReference(),
                advice.child(), advice.attachments(), sent, violations);
    }

    public AdviceResponse answer(ClientIdentity responder, String requestId, String messageId,
                                 SocialCareAssessment assessment) {
        List<Violation> violations = new ArrayList<>(CanonicalValidator.validate(assessment, clock));
        return answer(responder, requestId, messageId, Set.of(AdviceType.SOCIAL_CARE), assessment,
                assessment.requestReference(), assessment.child(), assessment.attachments(), List.of(), violations);
    }

    /**
     * Advice of the kinds without a document of their own (educational, educational psychology, the family's views,
     * sensory impairment, preparing for adulthood, other). Its {@code adviceType} must be the kind asked for.
     */
    public AdviceResponse answer(ClientIdentity responder, String requestId, String messageId, AdviceDocument advice) {
        List<Violation> violations = new ArrayList<>(CanonicalValidator.validate(advice, clock));
        if (advice == null) {
            throw RejectedException.invalid(violations, requestId);
        }
        Set<AdviceType> answers = EnumSet.allOf(AdviceType.class);
        answers.removeIf(type -> !AdviceDocument.carries(type));
        return answer(responder, requestId, messageId, answers, advice, advice.requestReference(), advice.child(),
                advice.attachments(), List.of(), violations, request -> {
                    if (AdviceDocument.carries(advice.adviceType()) && advice.adviceType() != request.adviceType()) {
                        violations.add(new Violation("adviceType", "matches-request",
                                "must be " + request.adviceType() + ", the kind request " + requestId + " asked for"));
                    }
                });
    }

    private AdviceResponse answer(ClientIdentity responder, String requestId, String messageId,
                                  Set<AdviceType> answers, Object document, String requestReference, Child child,
                                  List<Attachment> attachments, List<AnswerAttachment> sent,
                                  List<Violation> violations) {
        return answer(responder, requestId, messageId, answers, document, requestReference, child, attachments, sent,
                violations, request -> { });
    }

    /**
     * Every check comes before anything is kept: the request must be one the responder may see (else the same 404
     * as an unknown id), sent to it, open, of the right kind and about the same child, and the answer may cite only
     * documents sent with it. Only then are those documents stored and the answer recorded.
     */
    private AdviceResponse answer(ClientIdentity responder, String requestId, String messageId,
                                  Set<AdviceType> answers, Object document, String requestReference, Child child,
                                  List<Attachment> attachments, List<AnswerAttachment> sent,
                                  List<Violation> violations, Consumer<AdviceRequest> documentFits) {
        if (messageId == null || !MESSAGE_ID.matcher(messageId).matches()) {
            throw RejectedException.of(Rejection.INVALID_IDEMPOTENCY_KEY, "messageId", "message-id-format",
                    "the message id must be 1-128 characters of A-Z a-z 0-9 . _ : -", requestId);
        }
        var resent = repository.responseByMessage(responder.authorityCode(), messageId);
        if (resent.isPresent()) {
            return replay(resent.get(), requestId, messageId);
        }
        AdviceRequest request = find(responder, requestId);
        if (!addressedTo(responder, request)) {
            // Only the council that asked gets here: it knows the request,
            // so being told who may answer reveals nothing.
            throw RejectedException.of(Rejection.NOT_YOUR_AUTHORITY, "requestId", "recipient-only",
                    "this client acts for " + responder.authorityCode() + "; request " + requestId
                            + " was sent to " + request.recipient(), requestId);
        }
        if (!request.status().isOpen()) {
            throw closed(requestId, request.status());
        }
        if (!answers.contains(request.adviceType())) {
            throw RejectedException.of(Rejection.VALIDATION_FAILED, "$", "advice-kind-fits-request",
                    "request " + requestId + " asked for " + request.adviceType() + " advice, which is answered with "
                            + answeredWith(request.adviceType()), requestId);
        }
        documentFits.accept(request);
        if (requestReference != null && !requestReference.equals(requestId)) {
            violations.add(new Violation("requestReference", "matches-request",
                    "must be the id of the request answered, " + requestId));
        }
        if (child != null && !ChildMatch.sameChild(request.child(), child)) {
            violations.add(new Violation("child", "child-matches-request",
                    "names a different child from the one request " + requestId + " is about"));
        }
        List<AnswerAttachment> cited = citedDocuments(attachments, sent, violations);
        if (!violations.isEmpty()) {
            throw RejectedException.invalid(violations, requestId);
        }
        cited.forEach(this::store);
        String responseId = UUID.randomUUID().toString();
        LocalDate receivedOn = LocalDate.now(clock);
        try {
            transaction.executeWithoutResult(status -> {
                if (!repository.changeOpenStatus(requestId, AdviceRequestStatus.COMPLETED, responseId,
                        clock.instant())) {
                    throw closed(requestId, repository.find(requestId).orElseThrow().status());
                }
                repository.insertResponse(responseId, requestId, responder.authorityCode(), messageId,
                        JsonDocuments.write(json, document), receivedOn, !receivedOn.isAfter(request.dueOn()),
                        clock.instant());
                referToAttachments(responseId, requestId, attachments);
                journey.answered(request, responder, receivedOn);
            });
        } catch (DuplicateKeyException raced) {
            // A twin of this message committed first: answer as it was answered.
            return replay(repository.responseByMessage(responder.authorityCode(), messageId).orElseThrow(() -> raced),
                    requestId, messageId);
        }
        AdviceResponse response = repository.response(responseId).orElseThrow();
        audit.accepted(responder, "advice.answer", requestId);
        log.info("Advice {} answers request {} for {} (within deadline: {})", responseId, requestId,
                request.requestingCouncil(), response.withinDeadline());
        return response;
    }

    /**
     * The documents an answer cites, each of which must have been sent with it: a digest of anything else the store
     * holds (another answer's report, another council's plan document) would hand that document to this council,
     * and would tell the sender whether the hub holds it.
     */
    private static List<AnswerAttachment> citedDocuments(List<Attachment> attachments, List<AnswerAttachment> sent,
                                                         List<Violation> violations) {
        List<AnswerAttachment> cited = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < attachments.size(); i++) {
            String sha256 = attachments.get(i).sha256();
            if (sha256 == null) {
                continue; // the canonical rules already require it
            }
            Optional<AnswerAttachment> document = sent.stream().filter(d -> d.sha256().equals(sha256)).findFirst();
            if (document.isEmpty()) {
                violations.add(new Violation("attachments[" + i + "].sha256", "attachment-of-this-answer",
                        "an answer may cite only a document sent with it (inline, in a FHIR DocumentReference); "
                                + "no document with this digest came with this answer"));
            } else if (seen.add(sha256)) {
                cited.add(document.get());
            }
        }
        return cited;
    }

    private void store(AnswerAttachment document) {
        try (InputStream in = document.content().get()) {
            ContentStore.Stored stored = content.store(in);
            if (!stored.sha256().equals(document.sha256())) {
                throw new IllegalStateException("a document sent with an answer changed between reading and storing");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store a document sent with an answer", e);
        }
    }

    /**
     * Records which content files the advice needs, holding their locks so that none is deleted before this commits,
     * and checks again that each is still there: the check before the transaction could have raced a deletion.
     */
    private void referToAttachments(String responseId, String requestId, List<Attachment> attachments) {
        List<String> digests = attachments.stream().map(Attachment::sha256).filter(java.util.Objects::nonNull)
                .distinct().toList();
        references.lock(digests);
        for (int i = 0; i < attachments.size(); i++) {
            String sha256 = attachments.get(i).sha256();
            if (sha256 != null && !content.exists(sha256)) {
                throw RejectedException.invalid(List.of(new Violation("attachments[" + i + "].sha256",
                        "attachment-of-this-answer", "the document sent with this answer was removed before it was "
                                + "recorded; send the answer again")), requestId);
            }
        }
        repository.insertAttachments(responseId, digests);
    }

    /** The advice and assessments answered for a council's plan: they travel with it when the child moves. */
    public List<AdviceResponse> answersForPlan(String council, String planId) {
        return repository.answersForPlan(council, planId);
    }

    /** The advice answered for a council's assessment case: it travels with the case when the child moves. */
    public List<AdviceResponse> answersForCase(String council, String caseId) {
        return repository.answersForCase(council, caseId);
    }

    public List<AdviceResponse> inbox(ClientIdentity client, String council) {
        requireActingFor(client, council, "council");
        return repository.responsesFor(council);
    }

    public AdviceResponse read(ClientIdentity client, String council, String responseId) {
        AdviceResponse response = inboxItem(client, council, responseId);
        audit.accepted(client, "advice.read", responseId);
        return response;
    }

    /** Idempotent: acknowledging again keeps the first time. */
    public AdviceResponse acknowledge(ClientIdentity client, String council, String responseId) {
        inboxItem(client, council, responseId);
        repository.acknowledge(responseId, clock.instant());
        audit.accepted(client, "advice.acknowledge", responseId);
        return repository.response(responseId).orElseThrow().withoutDocument();
    }

    /** An attachment of advice in the council's inbox, by its digest. */
    public Attachment attachment(ClientIdentity client, String council, String responseId, String sha256) {
        AdviceResponse response = inboxItem(client, council, responseId);
        for (var attachment : response.advice().path("attachments")) {
            if (sha256.equals(attachment.path("sha256").asText())) {
                repository.contentPurgedAt(responseId).ifPresent(purgedAt -> {
                    throw ContentPurged.rejection("sha256", "advice " + responseId, purgedAt, responseId);
                });
                return JsonDocuments.read(json, attachment.toString(), Attachment.class);
            }
        }
        throw RejectedException.of(Rejection.NOT_FOUND, "sha256", "known-attachment",
                "advice " + responseId + " has no attachment with that digest", responseId);
    }

    private AdviceResponse inboxItem(ClientIdentity client, String council, String responseId) {
        requireActingFor(client, council, "council");
        return repository.response(responseId).filter(r -> r.requestingCouncil().equals(council))
                .orElseThrow(() -> RejectedException.of(Rejection.NOT_FOUND, "responseId", "known-advice",
                        "there is no advice " + responseId + " in the inbox of " + council, responseId));
    }

    private void checkRequest(String council, NewAdviceRequest body, LocalDate requestedOn, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (body.adviceType() == null) {
            violations.add(new Violation("adviceType", "required", "is required"));
        } else {
            recipientFits(council, body.adviceType(), body.recipient(), violations);
            establishmentFits(body.adviceType(), body.establishment(), violations);
        }
        violations.addAll(CanonicalValidator.validate(body.child(), clock));
        if (requestedOn.isAfter(today)) {
            violations.add(new Violation("requestedOn", "not-in-future", "cannot be after today"));
        }
        if (body.question() != null && body.question().length() > MAX_QUESTION) {
            violations.add(new Violation("question", "max-length", "must be at most " + MAX_QUESTION + " characters"));
        }
        if (body.caseId() != null) {
            var owned = journey.caseOf(council, body.caseId());
            if (owned.isEmpty()) {
                violations.add(new Violation("caseId", "own-case", "must be a case of this council"));
            } else if (body.child() != null && !ChildMatch.sameChild(owned.get().child(), body.child())) {
                violations.add(new Violation("child", "child-matches-case",
                        "names a different child from the one case " + body.caseId() + " is about"));
            }
        }
        if (body.planId() != null) {
            var plan = plans.find(body.planId());
            if (plan.isEmpty() || !plan.get().owningCouncil().equals(council)) {
                violations.add(new Violation("planId", "own-plan", "must be a plan this council owns"));
            }
        }
        if (!violations.isEmpty()) {
            throw RejectedException.invalid(violations, null);
        }
    }

    /**
     * Who is asked for what: health advice an ICB or trust; social care and educational psychology a council's team,
     * and educational advice a school, by the council's LA code; the family's views the requesting council itself,
     * which records them (the family is no API client); other advice (sensory impairment, preparing for adulthood,
     * other) any council or health body in the directory.
     */
    private void recipientFits(String council, AdviceType type, String recipient, List<Violation> violations) {
        var authority = directory.find(recipient);
        if (authority.isEmpty()) {
            violations.add(new Violation("recipient", "known-authority",
                    "must be an LA code or the ODS code of an ICB or trust in the directory"));
            return;
        }
        boolean nhs = authority.get().kind() == AuthorityKind.ICB || authority.get().kind() == AuthorityKind.NHS_TRUST;
        if (type == AdviceType.MEDICAL && !nhs) {
            violations.add(new Violation("recipient", "recipient-fits-advice-type",
                    "MEDICAL advice is asked of an ICB or NHS trust"));
        } else if ((COUNCIL_TEAM.contains(type) || EDUCATIONAL.contains(type)) && nhs) {
            violations.add(new Violation("recipient", "recipient-fits-advice-type", type + " advice is asked of "
                    + (EDUCATIONAL.contains(type) ? "a school, by its council's LA code"
                    : "a council's team, by LA code")));
        } else if (type == AdviceType.PARENT_OR_YOUNG_PERSON && !recipient.equals(council)) {
            violations.add(new Violation("recipient", "recipient-fits-advice-type",
                    "the family's views are recorded by the council that asks: the recipient must be " + council));
        }
    }

    /** Educational advice names the school or college asked; no other kind names one. */
    private static void establishmentFits(AdviceType type, String establishment, List<Violation> violations) {
        if (EDUCATIONAL.contains(type)) {
            if (establishment == null) {
                violations.add(new Violation("establishment", "required",
                        "is required for " + type + " advice: the URN or UKPRN of the school or college asked"));
            } else if (!EstablishmentCode.isValid(establishment)) {
                violations.add(new Violation("establishment", "establishment-format",
                        "must be a URN (6 digits) or a UKPRN (8 digits starting with 1)"));
            }
        } else if (establishment != null) {
            violations.add(new Violation("establishment", "establishment-for-educational-advice",
                    "names the school asked for EDUCATIONAL or HEAD_TEACHER_OR_PRINCIPAL advice only"));
        }
    }

    private AdviceResponse replay(AdviceResponse first, String requestId, String messageId) {
        if (!first.requestId().equals(requestId)) {
            throw RejectedException.of(Rejection.IDEMPOTENCY_KEY_REUSED, "messageId", "message-id-reused",
                    "message " + messageId + " already answered request " + first.requestId(), requestId);
        }
        return first.withoutDocument();
    }

    /**
     * Advice is asked for by a council: a path naming anything else (an ICB's or trust's code, a typo) names no
     * council, so it is a 404 like any other path naming nothing, before the question of who may act for it.
     */
    private void requireCouncil(String council) {
        if (!directory.isCouncil(council)) {
            throw RejectedException.of(Rejection.NOT_FOUND, "council", "known-council",
                    "there is no council " + council + " in the directory; advice is requested by a council",
                    council);
        }
    }

    /** The document each kind of advice is answered with, as a refusal names it. */
    private static String answeredWith(AdviceType type) {
        return switch (type) {
            case MEDICAL -> "HealthAdvice (health-advice in JSON or council XML, SOAP SubmitHealthAdvice, or a FHIR"
                    + " document)";
            case SOCIAL_CARE -> "a SocialCareAssessment (social-care-assessment)";
            default -> "an AdviceDocument (advice)";
        };
    }

    private static RejectedException unknownRequest(String requestId) {
        return RejectedException.of(Rejection.NOT_FOUND, "requestId", "known-request",
                "there is no advice request " + requestId + " for this client", requestId);
    }

    private static RejectedException closed(String requestId, AdviceRequestStatus status) {
        return RejectedException.of(Rejection.CONFLICT, "requestId", "request-open",
                "request " + requestId + " is " + status + " and can no longer change", requestId);
    }

    private static void requireActingFor(ClientIdentity client, String authority, String field) {
        if (!client.authorityCode().equals(authority)) {
            throw RejectedException.of(Rejection.NOT_YOUR_AUTHORITY, field, "own-authority-only",
                    "this client acts for " + client.authorityCode() + " and may not act for " + authority, authority);
        }
    }
}
