package uk.ehcexchange.hub.door.soap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.math.BigInteger;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.ehcexchange.adapters.councilxml.CouncilXml;
import uk.ehcexchange.adapters.councilxml.CouncilXmlMapper;
import uk.ehcexchange.adapters.councilxml.NotCarried;
import uk.ehcexchange.adapters.councilxml.jaxb.PlanStatus;
import uk.ehcexchange.adapters.socialcare.ProposedSections;
import uk.ehcexchange.adapters.socialcare.SocialCareSections;
import uk.ehcexchange.hub.advice.AdviceRequest;
import uk.ehcexchange.hub.advice.AdviceResponse;
import uk.ehcexchange.hub.door.soap.generated.AdviceReceiptType;
import uk.ehcexchange.hub.door.soap.generated.AdviceRequestType;
import uk.ehcexchange.hub.door.soap.generated.DeadlineType;
import uk.ehcexchange.hub.door.soap.generated.FetchInboxItemResponse;
import uk.ehcexchange.hub.door.soap.generated.InboxEntryType;
import uk.ehcexchange.hub.door.soap.generated.InboxKind;
import uk.ehcexchange.hub.door.soap.generated.NotCarriedType;
import uk.ehcexchange.hub.door.soap.generated.PlacementKind;
import uk.ehcexchange.hub.door.soap.generated.PlacementNotificationType;
import uk.ehcexchange.hub.door.soap.generated.ProposedSectionsType;
import uk.ehcexchange.hub.door.soap.generated.ReceivedAdviceType;
import uk.ehcexchange.hub.door.soap.generated.SubmitAdviceResponse;
import uk.ehcexchange.hub.door.soap.generated.SubmitHealthAdviceResponse;
import uk.ehcexchange.hub.door.soap.generated.ReceivedTransferType;
import uk.ehcexchange.hub.door.soap.generated.SubmitPlanResponse;
import uk.ehcexchange.hub.door.soap.generated.SubmitSocialCareAssessmentResponse;
import uk.ehcexchange.hub.door.soap.generated.TransferType;
import uk.ehcexchange.hub.door.soap.generated.TransferredDocumentType;
import uk.ehcexchange.hub.idempotency.StoredResponse;
import uk.ehcexchange.hub.inbox.InboxItem;
import uk.ehcexchange.hub.inbox.InboxService;
import uk.ehcexchange.hub.placement.PlacementInboxItem;
import uk.ehcexchange.hub.placement.PlacementNotification;
import uk.ehcexchange.hub.support.JsonDocuments;
import uk.ehcexchange.hub.transfer.TransferView;
import uk.ehcexchange.model.AdviceDocument;
import uk.ehcexchange.model.AdviceType;
import uk.ehcexchange.model.HealthAdvice;
import uk.ehcexchange.model.SocialCareAssessment;
import uk.ehcexchange.transfer.TransferDeadline;

/**
 * The hub's answers as the SOAP schema's XML types: what the SOAP endpoint returns, and what the REST API returns
 * to a council that asks for (or prefers) XML. Documents are rendered in council XML through the adapters' mapper,
 * and anything council XML cannot carry is listed with them.
 */
@Component
public class InboxXml {

    private final ObjectMapper json;
    private final JAXBContext context;

    public InboxXml(ObjectMapper json) {
        this.json = json;
        try {
            this.context = JAXBContext.newInstance(uk.ehcexchange.hub.door.soap.generated.ObjectFactory.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("the generated SOAP types do not bind", e);
        }
    }

    public FetchInboxItemResponse transfer(InboxItem item) {
        ReceivedTransferType transfer = new ReceivedTransferType();
        transfer.setTransferDate(item.transferDate());
        item.deadlines().forEach(d -> transfer.getDeadline().add(deadline(d)));
        for (InboxItem.Document d : item.documents()) {
            TransferredDocumentType document = new TransferredDocumentType();
            document.setPartName(d.partName());
            document.setReference(d.reference());
            document.setMediaType(d.mediaType());
            document.setSize(d.size());
            document.setSha256(d.sha256());
            transfer.getDocument().add(document);
        }
        var plan = CouncilXmlMapper.toXml(InboxService.planOf(item));
        transfer.setEhcPlan(plan.value());
        transfer.getNotCarried().addAll(notCarried(plan.notCarried()));
        FetchInboxItemResponse response = new FetchInboxItemResponse();
        response.setEntry(entry(item));
        response.setTransfer(transfer);
        return response;
    }

    public FetchInboxItemResponse advice(AdviceResponse advice) {
        ReceivedAdviceType received = new ReceivedAdviceType();
        received.setReceipt(receipt(advice));
        if (advice.adviceType() == AdviceType.SOCIAL_CARE) {
            SocialCareAssessment assessment = canonical(advice.advice(), SocialCareAssessment.class);
            received.setSocialCareAssessment(CouncilXmlMapper.toXml(assessment).value());
            received.setProposedSections(sections(SocialCareSections.from(assessment)));
        } else if (advice.adviceType() == AdviceType.MEDICAL) {
            received.setHealthAdvice(CouncilXmlMapper.toXml(canonical(advice.advice(), HealthAdvice.class)).value());
        } else {
            received.setAdviceDocument(
                    CouncilXmlMapper.toXml(canonical(advice.advice(), AdviceDocument.class)).value());
        }
        FetchInboxItemResponse response = new FetchInboxItemResponse();
        response.setEntry(entry(advice));
        response.setAdvice(received);
        return response;
    }

    public FetchInboxItemResponse placement(PlacementInboxItem item) {
        FetchInboxItemResponse response = new FetchInboxItemResponse();
        response.setEntry(entry(item));
        response.setPlacement(placement(item.notification()));
        return response;
    }

    public InboxEntryType entry(InboxItem item) {
        return entry(InboxKind.TRANSFER, item.transferId(), item.fromCouncil(), item.receivedAt(),
                item.acknowledgedAt(), item.status(), item.planId());
    }

    public InboxEntryType entry(AdviceResponse advice) {
        return entry(InboxKind.ADVICE, advice.responseId(), advice.responder(), advice.receivedAt(),
                advice.acknowledgedAt(), advice.status(), null);
    }

    public InboxEntryType entry(PlacementInboxItem item) {
        return entry(InboxKind.PLACEMENT, item.notificationId(), item.notification().placingCouncil(),
                item.receivedAt(), item.acknowledgedAt(), item.status(), item.notification().planId());
    }

    public TransferType transfer(TransferView view) {
        TransferType transfer = new TransferType();
        transfer.setTransferId(view.transferId());
        transfer.setPlanId(view.planId());
        transfer.setFromCouncil(view.fromCouncil());
        transfer.setToCouncil(view.toCouncil());
        transfer.setMoveDate(view.moveDate());
        transfer.setStatus(view.status().name());
        view.deadlines().forEach(d -> transfer.getDeadline().add(deadline(d)));
        return transfer;
    }

    public AdviceRequestType request(AdviceRequest request) {
        AdviceRequestType x = new AdviceRequestType();
        x.setRequestId(request.requestId());
        x.setRequestingCouncil(request.requestingCouncil());
        x.setAdviceType(CouncilXmlMapper.enumOf(uk.ehcexchange.adapters.councilxml.jaxb.AdviceType.class,
                request.adviceType()));
        x.setRecipient(request.recipient());
        x.setRequestedOn(request.requestedOn());
        x.setDueOn(request.dueOn());
        x.setStatus(request.status().name());
        x.setEstablishment(request.establishment());
        return x;
    }

    public AdviceReceiptType receipt(AdviceResponse advice) {
        AdviceReceiptType receipt = new AdviceReceiptType();
        receipt.setResponseId(advice.responseId());
        receipt.setRequestId(advice.requestId());
        receipt.setRequestingCouncil(advice.requestingCouncil());
        receipt.setResponder(advice.responder());
        receipt.setAdviceType(CouncilXmlMapper.enumOf(uk.ehcexchange.adapters.councilxml.jaxb.AdviceType.class,
                advice.adviceType()));
        receipt.setReceivedOn(advice.receivedOn());
        receipt.setDueOn(advice.dueOn());
        receipt.setWithinDeadline(advice.withinDeadline());
        return receipt;
    }

    public PlacementNotificationType placement(PlacementNotification n) {
        PlacementNotificationType x = new PlacementNotificationType();
        x.setNotificationId(n.notificationId());
        x.setPlanId(n.planId());
        x.setPlacingCouncil(n.placingCouncil());
        x.setHostCouncil(n.hostCouncil());
        x.setHostIcb(n.hostIcb());
        x.setResponsibleIcb(n.responsibleIcb());
        x.setPlacedOn(n.placedOn());
        x.setPlacementType(CouncilXmlMapper.enumOf(PlacementKind.class, n.placementType()));
        x.setEstablishment(n.establishment() == null ? null : CouncilXmlMapper.toXml(n.establishment()).value());
        x.setChild(CouncilXmlMapper.toXml(n.child()).value());
        return x;
    }

    public ProposedSectionsType sections(ProposedSections sections) {
        ProposedSectionsType x = new ProposedSectionsType();
        x.setSectionD(sections.d() == null ? null : CouncilXmlMapper.toXml(sections.d()).value());
        x.setSectionH1(CouncilXmlMapper.toXml(sections.h1()).value());
        x.setSectionH2(CouncilXmlMapper.toXml(sections.h2()).value());
        return x;
    }

    /**
     * The answer to a plan submitted in council XML: the service's receipt, and what the canonical plan could not
     * carry.
     */
    public SubmitPlanResponse planReceipt(StoredResponse stored, List<NotCarried> report) {
        JsonNode answer = JsonDocuments.read(json, stored.body(), JsonNode.class);
        SubmitPlanResponse response = new SubmitPlanResponse();
        response.setPlanId(answer.path("planId").asText());
        response.setVersion(BigInteger.valueOf(answer.path("version").asLong()));
        response.setStatus(PlanStatus.valueOf(answer.path("status").asText()));
        response.setCreated(stored.isCreated());
        response.getNotCarried().addAll(notCarried(report));
        return response;
    }

    /** The answer to a social care assessment: where it landed, and the section D, H1 and H2 content it gives. */
    public SubmitSocialCareAssessmentResponse assessmentReceipt(AdviceResponse answered,
                                                                SocialCareAssessment assessment) {
        SubmitSocialCareAssessmentResponse response = new SubmitSocialCareAssessmentResponse();
        response.setAdvice(receipt(answered));
        response.setProposedSections(sections(SocialCareSections.from(assessment)));
        return response;
    }

    /** The answer to advice sent as an AdviceDocument: where it landed and whether it was in time. */
    public SubmitAdviceResponse adviceReceipt(AdviceResponse answered) {
        SubmitAdviceResponse response = new SubmitAdviceResponse();
        response.setAdvice(receipt(answered));
        return response;
    }

    /** The answer to health advice sent over SOAP or in council XML: where it landed and whether it was in time. */
    public SubmitHealthAdviceResponse healthAdviceReceipt(AdviceResponse answered) {
        SubmitHealthAdviceResponse response = new SubmitHealthAdviceResponse();
        response.setAdvice(receipt(answered));
        return response;
    }

    public static List<NotCarriedType> notCarried(List<NotCarried> report) {
        return report.stream().map(n -> {
            NotCarriedType x = new NotCarriedType();
            x.setElement(n.element());
            x.setReason(n.reason());
            return x;
        }).toList();
    }

    /** An answer as an XML document of its own (the REST API's application/xml representation). */
    public byte[] document(Object element) {
        return CouncilXml.marshal(context, element);
    }

    private static InboxEntryType entry(InboxKind kind, String id, String from, java.time.Instant receivedAt,
                                        java.time.Instant acknowledgedAt, String status, String planId) {
        InboxEntryType entry = new InboxEntryType();
        entry.setKind(kind);
        entry.setItemId(id);
        entry.setFrom(from);
        entry.setReceivedAt(receivedAt);
        entry.setAcknowledgedAt(acknowledgedAt);
        entry.setStatus(status);
        entry.setPlanId(planId);
        return entry;
    }

    private static DeadlineType deadline(TransferDeadline d) {
        DeadlineType x = new DeadlineType();
        x.setKind(d.kind().name());
        x.setDueOn(d.dueOn());
        x.setRule(d.rule());
        x.setSource(d.source());
        return x;
    }

    private <T> T canonical(JsonNode document, Class<T> type) {
        try {
            return json.treeToValue(document, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("advice the hub stored no longer reads", e);
        }
    }


}
