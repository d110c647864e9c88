package uk.ehcexchange.hub.door.soap;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jws.WebService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.cxf.phase.PhaseInterceptorChain;
import uk.ehcexchange.adapters.councilxml.CouncilXmlMapper;
import uk.ehcexchange.adapters.councilxml.CouncilXmlPaths;
import uk.ehcexchange.adapters.councilxml.Mapped;
import uk.ehcexchange.hub.advice.AdviceService;
import uk.ehcexchange.hub.advice.NewAdviceRequest;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.hub.door.soap.generated.AcknowledgeInboxItemRequest;
import uk.ehcexchange.hub.door.soap.generated.AcknowledgeInboxItemResponse;
import uk.ehcexchange.hub.door.soap.generated.EhcHubPortType;
import uk.ehcexchange.hub.door.soap.generated.FetchInboxItemRequest;
import uk.ehcexchange.hub.door.soap.generated.FetchInboxItemResponse;
import uk.ehcexchange.hub.door.soap.generated.HubFault_Exception;
import uk.ehcexchange.hub.door.soap.generated.InboxEntryType;
import uk.ehcexchange.hub.door.soap.generated.InboxKind;
import uk.ehcexchange.hub.door.soap.generated.ListInboxRequest;
import uk.ehcexchange.hub.door.soap.generated.ListInboxResponse;
import uk.ehcexchange.hub.door.soap.generated.NotifyMoveRequest;
import uk.ehcexchange.hub.door.soap.generated.NotifyMoveResponse;
import uk.ehcexchange.hub.door.soap.generated.NotifyPlacementRequest;
import uk.ehcexchange.hub.door.soap.generated.RecordDisclosureBasisRequest;
import uk.ehcexchange.hub.door.soap.generated.RecordDisclosureBasisResponse;
import uk.ehcexchange.hub.door.soap.generated.NotifyPlacementResponse;
import uk.ehcexchange.hub.door.soap.generated.RequestAdviceRequest;
import uk.ehcexchange.hub.door.soap.generated.RequestAdviceResponse;
import uk.ehcexchange.hub.door.soap.generated.SubmitAdviceRequest;
import uk.ehcexchange.hub.door.soap.generated.SubmitAdviceResponse;
import uk.ehcexchange.hub.door.soap.generated.SubmitHealthAdviceRequest;
import uk.ehcexchange.hub.door.soap.generated.SubmitHealthAdviceResponse;
import uk.ehcexchange.hub.door.soap.generated.SubmitPlanRequest;
import uk.ehcexchange.hub.door.soap.generated.SubmitPlanResponse;
import uk.ehcexchange.hub.door.soap.generated.SubmitSocialCareAssessmentRequest;
import uk.ehcexchange.hub.door.soap.generated.SubmitSocialCareAssessmentResponse;
import uk.ehcexchange.hub.idempotency.StoredResponse;
import uk.ehcexchange.hub.inbox.InboxService;
import uk.ehcexchange.hub.disclosure.BasisKind;
import uk.ehcexchange.hub.disclosure.ConsentGivenBy;
import uk.ehcexchange.hub.disclosure.DisclosureBasisService;
import uk.ehcexchange.hub.disclosure.DisclosurePurpose;
import uk.ehcexchange.hub.disclosure.NewDisclosureBasis;
import uk.ehcexchange.hub.disclosure.Reg17Purpose;
import uk.ehcexchange.hub.placement.NewPlacement;
import uk.ehcexchange.hub.placement.PlacementService;
import uk.ehcexchange.hub.placement.PlacementType;
import uk.ehcexchange.hub.plan.PlanService;
import uk.ehcexchange.hub.support.JsonDocuments;
import uk.ehcexchange.hub.transfer.StartTransferRequest;
import uk.ehcexchange.hub.transfer.TransferService;
import uk.ehcexchange.hub.transfer.TransferView;
import uk.ehcexchange.model.AdviceDocument;
import uk.ehcexchange.model.AdviceType;
import uk.ehcexchange.model.HealthAdvice;
import uk.ehcexchange.model.AuthorityKind;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.model.SocialCareAssessment;

/**
 * The SOAP front door (ehc-hub-v1.wsdl). It only translates: every operation calls the same service the REST API
 * calls, with the authenticated council system and the message's MessageId as the idempotency key, so the rules,
 * the exactly-once guarantees and the audit trail are the same whichever way a council speaks. A refusal from the
 * service becomes a hub:HubFault naming the offending element of this message by XPath.
 */
@org.springframework.stereotype.Component
@WebService(serviceName = "EhcHubService", portName = "EhcHubPort", targetNamespace = "urn:ehc-exchange:soap:v1:wsdl",
        endpointInterface = "uk.ehcexchange.hub.door.soap.generated.EhcHubPortType",
        wsdlLocation = "classpath:uk/ehcexchange/schemas/soap/ehc-hub-v1.wsdl")
public class HubSoapEndpoint implements EhcHubPortType {

    private static final String BODY = "/Envelope/Body/";
    /** Service-layer field names that the SOAP messages spell differently. */
    private static final Map<String, String> REQUEST_ELEMENTS = Map.of("Idempotency-Key", "MessageId",
            "messageId", "MessageId", "authority", "Council");

    private final PlanService plans;
    private final TransferService transfers;
    private final InboxService inbox;
    private final AdviceService advice;
    private final PlacementService placements;
    private final DisclosureBasisService disclosureBases;
    private final InboxXml xml;
    private final SoapFaults faults;
    private final ObjectMapper json;

    public HubSoapEndpoint(PlanService plans, TransferService transfers, InboxService inbox, AdviceService advice,
                           PlacementService placements, DisclosureBasisService disclosureBases, InboxXml xml,
                           SoapFaults faults, ObjectMapper json) {
        this.disclosureBases = disclosureBases;
        this.plans = plans;
        this.transfers = transfers;
        this.inbox = inbox;
        this.advice = advice;
        this.placements = placements;
        this.xml = xml;
        this.faults = faults;
        this.json = json;
    }

    @Override
    public SubmitPlanResponse submitPlan(SubmitPlanRequest request) throws HubFault_Exception {
        String root = BODY + "SubmitPlanRequest";
        return call("SubmitPlan", elements(root, root + "/EhcPlan", Set.of()), client -> {
            Mapped<EhcPlan> plan = CouncilXmlMapper.toCanonical(request.getEhcPlan());
            return xml.planReceipt(plans.submit(client, plan.value().planId(), request.getMessageId(), plan.value()),
                    plan.notCarried());
        });
    }

    @Override
    public NotifyMoveResponse notifyMove(NotifyMoveRequest request) throws HubFault_Exception {
        return call("NotifyMove", elements(BODY + "NotifyMoveRequest", null, Set.of()), client -> {
            StoredResponse stored = transfers.start(client, request.getMessageId(), new StartTransferRequest(
                    request.getPlanId(), request.getFromCouncil(), request.getToCouncil(), request.getMoveDate(),
                    request.getAwareOn()));
            NotifyMoveResponse response = new NotifyMoveResponse();
            response.setTransfer(xml.transfer(JsonDocuments.read(json, stored.body(), TransferView.class)));
            return response;
        });
    }

    @Override
    public RequestAdviceResponse requestAdvice(RequestAdviceRequest request) throws HubFault_Exception {
        return call("RequestAdvice", elements(BODY + "RequestAdviceRequest", null, Set.of()), client -> {
            NewAdviceRequest body = new NewAdviceRequest(
                    CouncilXmlMapper.enumOf(AdviceType.class, request.getAdviceType()),
                    request.getRecipient(), CouncilXmlMapper.child(request.getChild()), request.getPlanId(),
                    request.getQuestion(), request.getRequestedOn(), request.getEstablishment(), request.getCaseId());
            RequestAdviceResponse response = new RequestAdviceResponse();
            response.setAdviceRequest(
                    xml.request(advice.request(client, request.getCouncil(), request.getMessageId(), body)));
            return response;
        });
    }

    @Override
    public SubmitSocialCareAssessmentResponse submitSocialCareAssessment(SubmitSocialCareAssessmentRequest request)
            throws HubFault_Exception {
        String root = BODY + "SubmitSocialCareAssessmentRequest";
        return call("SubmitSocialCareAssessment", elements(root, root + "/SocialCareAssessment", Set.of("requestId")),
                client -> {
                    SocialCareAssessment assessment =
                            CouncilXmlMapper.toCanonical(request.getSocialCareAssessment()).value();
                    return xml.assessmentReceipt(advice.answer(client, request.getRequestId(), request.getMessageId(),
                            assessment), assessment);
                });
    }

    /** A school, an EP service or the council itself answers with an AdviceDocument. */
    @Override
    public SubmitAdviceResponse submitAdvice(SubmitAdviceRequest request) throws HubFault_Exception {
        String root = BODY + "SubmitAdviceRequest";
        return call("SubmitAdvice", elements(root, root + "/AdviceDocument", Set.of("requestId")), client -> {
            AdviceDocument document = CouncilXmlMapper.toCanonical(request.getAdviceDocument()).value();
            return xml.adviceReceipt(advice.answer(client, request.getRequestId(), request.getMessageId(), document));
        });
    }

    /**
     * An ICB or trust answers a MEDICAL request with its HealthAdvice, as over REST (JSON or council XML) and FHIR.
     * The document stays HealthAdvice rather than an AdviceDocument so that every reader of a MEDICAL answer (the
     * inbox, the transfer package's {@code health-advice.json} part, the receiving council) keeps one shape.
     */
    @Override
    public SubmitHealthAdviceResponse submitHealthAdvice(SubmitHealthAdviceRequest request) throws HubFault_Exception {
        String root = BODY + "SubmitHealthAdviceRequest";
        return call("SubmitHealthAdvice", elements(root, root + "/HealthAdvice", Set.of("requestId")), client -> {
            HealthAdvice document = CouncilXmlMapper.toCanonical(request.getHealthAdvice()).value();
            return xml.healthAdviceReceipt(
                    advice.answer(client, request.getRequestId(), request.getMessageId(), document));
        });
    }

    @Override
    public NotifyPlacementResponse notifyPlacement(NotifyPlacementRequest request) throws HubFault_Exception {
        return call("NotifyPlacement", elements(BODY + "NotifyPlacementRequest", null, Set.of()), client -> {
            NewPlacement placement = new NewPlacement(request.getPlanId(), request.getPlacingCouncil(),
                    request.getHostCouncil(), request.getPlacedOn(),
                    CouncilXmlMapper.enumOf(PlacementType.class, request.getPlacementType()),
                    CouncilXmlMapper.establishment(request.getEstablishment()));
            NotifyPlacementResponse response = new NotifyPlacementResponse();
            response.setPlacement(xml.placement(placements.notify(client, request.getMessageId(), placement)));
            return response;
        });
    }

    /** The basis on which the council's plan may be disclosed (reg 17), as over REST; docs/disclosure.md. */
    @Override
    public RecordDisclosureBasisResponse recordDisclosureBasis(RecordDisclosureBasisRequest request)
            throws HubFault_Exception {
        return call("RecordDisclosureBasis", elements(BODY + "RecordDisclosureBasisRequest", null, Set.of()),
                client -> {
                    NewDisclosureBasis basis = new NewDisclosureBasis(
                            CouncilXmlMapper.enumOf(DisclosurePurpose.class, request.getPurpose()),
                            request.getRecipient(), CouncilXmlMapper.enumOf(BasisKind.class, request.getBasis()),
                            CouncilXmlMapper.enumOf(ConsentGivenBy.class, request.getConsentGivenBy()),
                            request.getConsentGivenOn(),
                            CouncilXmlMapper.enumOf(Reg17Purpose.class, request.getStatutoryPurpose()));
                    RecordDisclosureBasisResponse response = new RecordDisclosureBasisResponse();
                    response.setBasisId(disclosureBases.record(client, request.getPlanId(), request.getMessageId(),
                            basis).basisId());
                    return response;
                });
    }

    /** Transfers, advice and placement notifications received, newest first. */
    @Override
    public ListInboxResponse listInbox(ListInboxRequest request) throws HubFault_Exception {
        return call("ListInbox", elements(BODY + "ListInboxRequest", null, Set.of()), client -> {
            String council = request.getCouncil();
            InboxKind kind = request.getKind();
            List<InboxEntryType> entries = new ArrayList<>();
            if (kind == null || kind == InboxKind.TRANSFER) {
                inbox.list(client, council).forEach(item -> entries.add(xml.entry(item)));
            }
            if (kind == null || kind == InboxKind.ADVICE) {
                advice.inbox(client, council).forEach(item -> entries.add(xml.entry(item)));
            }
            if (kind == null || kind == InboxKind.PLACEMENT) {
                placements.inbox(client, AuthorityKind.COUNCIL, council)
                        .forEach(item -> entries.add(xml.entry(item)));
            }
            entries.sort(Comparator.comparing(InboxEntryType::getReceivedAt).reversed());
            ListInboxResponse response = new ListInboxResponse();
            response.getItem().addAll(entries);
            return response;
        });
    }

    @Override
    public FetchInboxItemResponse fetchInboxItem(FetchInboxItemRequest request) throws HubFault_Exception {
        return call("FetchInboxItem", elements(BODY + "FetchInboxItemRequest", null, Set.of()), client -> {
            String council = request.getCouncil();
            String id = request.getItemId();
            return switch (request.getKind()) {
                case TRANSFER -> xml.transfer(unchecked(() -> inbox.read(client, council, id)));
                case ADVICE -> xml.advice(advice.read(client, council, id));
                case PLACEMENT -> xml.placement(placements.read(client, AuthorityKind.COUNCIL, council, id));
            };
        });
    }

    @Override
    public AcknowledgeInboxItemResponse acknowledgeInboxItem(AcknowledgeInboxItemRequest request)
            throws HubFault_Exception {
        return call("AcknowledgeInboxItem", elements(BODY + "AcknowledgeInboxItemRequest", null, Set.of()), client -> {
            String council = request.getCouncil();
            String id = request.getItemId();
            AcknowledgeInboxItemResponse response = new AcknowledgeInboxItemResponse();
            response.setEntry(switch (request.getKind()) {
                case TRANSFER -> xml.entry(unchecked(() -> inbox.acknowledge(client, council, id)));
                case ADVICE -> xml.entry(advice.acknowledge(client, council, id));
                case PLACEMENT -> xml.entry(placements.acknowledge(client, AuthorityKind.COUNCIL, council, id));
            });
            return response;
        });
    }

    /** Runs an operation for the authenticated caller, turning the service's refusal into a typed, audited fault. */
    private <T> T call(String operation, UnaryOperator<String> elementOf, Function<ClientIdentity, T> work)
            throws HubFault_Exception {
        ClientIdentity client = PhaseInterceptorChain.getCurrentMessage().getExchange().get(ClientIdentity.class);
        if (client == null) {
            // the WS-Security check guards every call
            throw new IllegalStateException("no authenticated client on a SOAP call");
        }
        try {
            if (!client.role().permitsSoap(operation)) {
                throw RejectedException.of(Rejection.NOT_PERMITTED_FOR_ROLE, "$", "role-" + client.role().label(),
                        "client " + client.clientId() + " has the role " + client.role().label()
                                + ", which may not call " + operation, null);
            }
            return work.apply(client);
        } catch (RejectedException e) {
            throw faults.rejected(e, client.authorityCode(), operation, elementOf);
        }
    }

    /**
     * Where a field the service names sits in this message: request fields are the request element's children in
     * UpperCamelCase, fields of a document it carries are translated by the council XML paths.
     *
     * @param document       the XPath of the council XML document the message carries, if any
     * @param requestFields  fields of the request itself when the message carries a document
     */
    private static UnaryOperator<String> elements(String request, String document, Set<String> requestFields) {
        return field -> {
            if (REQUEST_ELEMENTS.containsKey(field)) {
                return request + "/" + REQUEST_ELEMENTS.get(field);
            }
            boolean inDocument = document != null && !requestFields.contains(field);
            return CouncilXmlPaths.toXPath(inDocument ? document : request, field);
        };
    }

    private interface IoSupplier<T> {
        T get() throws IOException;
    }

    private static <T> T unchecked(IoSupplier<T> supplier) {
        try {
            return supplier.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
