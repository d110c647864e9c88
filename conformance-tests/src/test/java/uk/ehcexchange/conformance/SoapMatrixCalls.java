package uk.ehcexchange.conformance;

import static uk.ehcexchange.conformance.MatrixFixtures.COUNCIL;
import static uk.ehcexchange.conformance.MatrixFixtures.OTHER_COUNCIL;
import static uk.ehcexchange.conformance.MatrixFixtures.SENDER;
import static uk.ehcexchange.conformance.MatrixOperation.shared;
import static uk.ehcexchange.conformance.SoapFixtures.date;
import static uk.ehcexchange.conformance.SoapFixtures.today;

import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import uk.ehcexchange.conformance.soapclient.AcknowledgeInboxItemRequest;
import uk.ehcexchange.conformance.soapclient.EhcHubPortType;
import uk.ehcexchange.conformance.soapclient.FetchInboxItemRequest;
import uk.ehcexchange.conformance.soapclient.HubFault_Exception;
import uk.ehcexchange.conformance.soapclient.InboxKind;
import uk.ehcexchange.conformance.soapclient.ListInboxRequest;
import uk.ehcexchange.conformance.soapclient.NotifyMoveRequest;
import uk.ehcexchange.conformance.soapclient.NotifyPlacementRequest;
import uk.ehcexchange.conformance.soapclient.PlacementKind;
import uk.ehcexchange.conformance.soapclient.RequestAdviceRequest;
import uk.ehcexchange.conformance.soapclient.SubmitAdviceRequest;
import uk.ehcexchange.conformance.soapclient.SubmitHealthAdviceRequest;
import uk.ehcexchange.conformance.soapclient.SubmitSocialCareAssessmentRequest;
import uk.ehcexchange.conformance.soapclient.councilxml.AdviceType;

/**
 * How the matrix calls each operation of the SOAP service (the WSDL's portType), through the client generated from
 * the WSDL. An answer is {@code ok} or {@code fault <code>} (the hub:HubFault detail's code). Item operations are
 * called by another council naming its own inbox, as on REST; the ICB, which has no LA code to name, names the
 * right council's.
 */
final class SoapMatrixCalls {

    @FunctionalInterface
    private interface SoapCall {
        Object call(EhcHubPortType port, String inbox) throws Exception;
    }

    private final RunningHub hub;
    private final MatrixCredentials credentials;
    private final MatrixFixtures fixtures;
    private final Map<MatrixCredentials.UsernameToken, EhcHubPortType> ports = new HashMap<>();

    SoapMatrixCalls(RunningHub hub, MatrixCredentials credentials) {
        this.hub = hub;
        this.credentials = credentials;
        this.fixtures = new MatrixFixtures(hub);
    }

    List<MatrixOperation> operations() {
        List<MatrixOperation> ops = new ArrayList<>();
        ops.add(op("SubmitPlan", COUNCIL, (port, inbox) -> {
            String planId = Plans.freshId();
            return SoapFixtures.submit(port, SoapFixtures.plan(planId, COUNCIL), messageId());
        }));
        ops.add(op("NotifyMove", COUNCIL, (port, inbox) -> {
            NotifyMoveRequest move = new NotifyMoveRequest();
            move.setMessageId(messageId());
            move.setPlanId(fixtures.plan(COUNCIL));
            move.setFromCouncil(COUNCIL);
            move.setToCouncil(SENDER);
            move.setMoveDate(date(today()));
            move.setAwareOn(date(today().minusDays(40)));
            return port.notifyMove(move);
        }));
        ops.add(op("RequestAdvice", COUNCIL, (port, inbox) -> {
            RequestAdviceRequest ask = new RequestAdviceRequest();
            ask.setMessageId(messageId());
            ask.setCouncil(COUNCIL);
            ask.setAdviceType(AdviceType.MEDICAL);
            ask.setRecipient(RunningHub.TRUST);
            ask.setChild(SoapSocialCareAndPlacementTest.clientChild());
            return port.requestAdvice(ask);
        }));
        ops.add(op("SubmitSocialCareAssessment", COUNCIL, (port, inbox) -> {
            String requestId = fixtures.socialCareRequest();
            SubmitSocialCareAssessmentRequest answer = new SubmitSocialCareAssessmentRequest();
            answer.setMessageId(messageId());
            answer.setRequestId(requestId);
            answer.setSocialCareAssessment(SoapSocialCareAndPlacementTest.clientAssessment(
                    SoapSocialCareAndPlacementTest.assessment(requestId)));
            return port.submitSocialCareAssessment(answer);
        }));
        ops.add(op("SubmitAdvice", RunningHub.EPS_919, (port, inbox) -> {
            String requestId = fixtures.psychologicalRequest();
            SubmitAdviceRequest answer = new SubmitAdviceRequest();
            answer.setMessageId(messageId());
            answer.setRequestId(requestId);
            answer.setAdviceDocument(EveryKindOfAdviceTest.clientAdvice(
                    MatrixFixtures.adviceDocument(requestId, "PSYCHOLOGICAL")));
            return port.submitAdvice(answer);
        }));
        ops.add(op("SubmitHealthAdvice", RunningHub.TRUST, (port, inbox) -> {
            String requestId = fixtures.medicalRequest();
            SubmitHealthAdviceRequest answer = new SubmitHealthAdviceRequest();
            answer.setMessageId(messageId());
            answer.setRequestId(requestId);
            answer.setHealthAdvice(EveryKindOfAdviceTest.clientHealthAdvice(AdviceRequestTest.healthAdvice(requestId)));
            return port.submitHealthAdvice(answer);
        }));
        ops.add(op("NotifyPlacement", SENDER, (port, inbox) -> {
            NotifyPlacementRequest place = new NotifyPlacementRequest();
            place.setMessageId(messageId());
            place.setPlanId(fixtures.placeablePlan(SENDER));
            place.setPlacingCouncil(SENDER);
            place.setHostCouncil(COUNCIL);
            place.setPlacedOn(date(today()));
            place.setPlacementType(PlacementKind.FOSTER_CARE);
            return port.notifyPlacement(place);
        }));
        ops.add(op("RecordDisclosureBasis", COUNCIL, (port, inbox) -> port.recordDisclosureBasis(
                DisclosureBasisTest.soapConsent("matrix-" + UUID.randomUUID(), fixtures.plan(COUNCIL)))));
        ops.add(op("ListInbox", COUNCIL, (port, inbox) -> {
            ListInboxRequest list = new ListInboxRequest();
            list.setCouncil(COUNCIL);
            return port.listInbox(list);
        }));
        Supplier<MatrixFixtures.Delivered> delivered = shared(fixtures::delivered);
        ops.add(op("FetchInboxItem", COUNCIL, (port, inbox) -> {
            FetchInboxItemRequest fetch = new FetchInboxItemRequest();
            fetch.setCouncil(inbox);
            fetch.setKind(InboxKind.TRANSFER);
            fetch.setItemId(delivered.get().transferId());
            return port.fetchInboxItem(fetch);
        }));
        ops.add(op("AcknowledgeInboxItem", COUNCIL, (port, inbox) -> {
            AcknowledgeInboxItemRequest acknowledge = new AcknowledgeInboxItemRequest();
            acknowledge.setCouncil(inbox);
            acknowledge.setKind(InboxKind.TRANSFER);
            acknowledge.setItemId(fixtures.delivered().transferId());
            return port.acknowledgeInboxItem(acknowledge);
        }));
        return ops;
    }

    private MatrixOperation op(String operation, String rightClient, SoapCall call) {
        return new MatrixOperation("SOAP " + operation, caller -> {
            // An ICB cannot name itself where the schema wants a council (an LA code), so it names Hertfordshire.
            String inbox = caller == Caller.OTHER_COUNCIL ? OTHER_COUNCIL : COUNCIL;
            try {
                call.call(port(credentials.soapToken(caller, rightClient)), inbox);
                return "ok";
            } catch (HubFault_Exception fault) {
                return "fault " + fault.getFaultInfo().getCode();
            } catch (SOAPFaultException fault) {
                return "fault without hub:HubFault: " + fault.getMessage();
            } catch (WebServiceException notSoap) {
                return "not a SOAP answer: " + notSoap.getMessage();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private EhcHubPortType port(MatrixCredentials.UsernameToken token) {
        MatrixCredentials.UsernameToken key = token == null ? new MatrixCredentials.UsernameToken(null, null) : token;
        return ports.computeIfAbsent(key, t -> new SoapClients(hub).port(t.clientId(), t.password()));
    }

    private static String messageId() {
        return "matrix-" + UUID.randomUUID();
    }
}
