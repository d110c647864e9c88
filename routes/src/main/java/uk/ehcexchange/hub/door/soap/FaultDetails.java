package uk.ehcexchange.hub.door.soap;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.util.List;
import java.util.Locale;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import org.apache.cxf.binding.soap.Soap11;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.interceptor.FaultOutInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.service.model.BindingOperationInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.ehcexchange.adapters.councilxml.CouncilXmlException;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.core.PayloadTooLargeException;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.hub.door.soap.generated.HubFault;
import uk.ehcexchange.hub.door.soap.generated.HubFault_Exception;
import uk.ehcexchange.hub.formats.XmlRejections;
import uk.ehcexchange.hub.quota.QuotaExceededException;
import uk.ehcexchange.model.validation.Violation;

/**
 * Gives every SOAP Fault the hub returns its typed detail (hub:HubFault, a row of {@link SoapFaultCode}) and the
 * right faultcode, whatever raised it: the service layer (already a declared fault, audited by the endpoint), or the
 * stack before it — authentication, a DOCTYPE, malformed XML, the schema, the size limit — which is classified and
 * audited here. Nothing leaves as a bare, untyped fault.
 */
final class FaultDetails extends AbstractSoapInterceptor {

    private static final Logger log = LoggerFactory.getLogger(FaultDetails.class);

    private final SoapFaults faults;
    private final JAXBContext context;

    FaultDetails(SoapFaults faults) {
        super(Phase.PRE_PROTOCOL);
        addAfter(FaultOutInterceptor.class.getName());
        this.faults = faults;
        try {
            this.context = JAXBContext.newInstance(HubFault.class);
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void handleMessage(SoapMessage message) {
        if (!(message.getContent(Exception.class) instanceof Fault fault)) {
            return;
        }
        HubFault detail;
        if (fault.getCause() instanceof HubFault_Exception declared) {
            detail = declared.getFaultInfo(); // written by FaultOutInterceptor; audited where it was raised
        } else {
            detail = classify(fault, message);
            write(fault, detail);
        }
        SoapFaultCode code = SoapFaultCode.byCode(detail.getCode());
        fault.setMessage(detail.getDetail());
        QName side = code.side() == SoapFaultCode.Side.CLIENT ? Soap11.getInstance().getSender()
                : Soap11.getInstance().getReceiver();
        fault.setFaultCode(side);
        if (fault instanceof SoapFault soapFault) {
            soapFault.setSubCodes(null);
        }
    }

    private HubFault classify(Fault fault, SoapMessage message) {
        String actor = actor(message);
        String operation = operation(message);
        RejectedException rejected = causeOf(fault, RejectedException.class);
        CouncilXmlException xml = causeOf(fault, CouncilXmlException.class);
        if (xml != null) {
            rejected = XmlRejections.of(xml);
        }
        if (rejected != null) {
            return faults.refused(SoapFaultCode.of(rejected.rejection()), rejected.rejection().title(),
                    rejected.getMessage(), rejected.violations(), actor, operation);
        }
        QuotaExceededException quota = causeOf(fault, QuotaExceededException.class);
        if (quota != null) {
            return faults.refused(SoapFaultCode.QUOTA_EXCEEDED, Rejection.QUOTA_EXCEEDED.title(), quota.getMessage(),
                    List.of(quota.violation()), actor, operation);
        }
        String text = messages(fault).toLowerCase(Locale.ROOT);
        if (causeOf(fault, PayloadTooLargeException.class) != null) {
            return refused(SoapFaultCode.PAYLOAD_TOO_LARGE, "/Envelope", "max-size",
                    "the message is larger than the hub accepts", actor, operation);
        }
        if (text.contains("dtd") || text.contains("doctype")) {
            return refused(SoapFaultCode.DTD_NOT_ALLOWED, "/", "no-dtd",
                    "the message has a DOCTYPE; DTDs and entities are refused", actor, operation);
        }
        if (text.contains("maximum") && text.contains("limit")) {
            return refused(SoapFaultCode.PAYLOAD_TOO_LARGE, "/Envelope", "xml-limits",
                    "the message exceeds the hub's limits on XML depth, size or element counts", actor, operation);
        }
        if (causeOf(fault, XMLStreamException.class) != null || text.contains("unexpected character")
                || text.contains("no such operation") || text.contains("not recognized")) {
            boolean operationUnknown = text.contains("no such operation") || text.contains("not recognized");
            return operationUnknown
                    ? refused(SoapFaultCode.UNKNOWN_OPERATION, "/Envelope/Body", "known-operation",
                            "the body holds no request of this service", actor, operation)
                    : refused(SoapFaultCode.MALFORMED_XML, "/", "well-formed-xml",
                            "the message is not a well-formed SOAP 1.1 envelope", actor, operation);
        }
        log.error("Unexpected SOAP failure of {} by {}", operation, actor, fault);
        return refused(SoapFaultCode.INTERNAL_ERROR, "/", "internal-error",
                "the hub failed to process the message; nothing was stored", actor, operation);
    }

    private HubFault refused(SoapFaultCode code, String element, String rule, String message, String actor,
                             String operation) {
        Rejection row = Rejection.valueOf(code == SoapFaultCode.UNKNOWN_OPERATION ? "NOT_FOUND" : code.name());
        return faults.refused(code, row.title(), message, List.of(new Violation(element, rule, message)), actor,
                operation);
    }

    private void write(Fault fault, HubFault detail) {
        try {
            var element = fault.getOrCreateDetail();
            while (element.getFirstChild() != null) {
                element.removeChild(element.getFirstChild());
            }
            context.createMarshaller().marshal(detail, element);
        } catch (JAXBException e) {
            throw new IllegalStateException("the fault detail always marshals", e);
        }
    }

    private static String actor(SoapMessage message) {
        ClientIdentity client = message.getExchange().get(ClientIdentity.class);
        return client == null ? "anonymous" : client.authorityCode();
    }

    private static String operation(SoapMessage message) {
        BindingOperationInfo operation = message.getExchange().getBindingOperationInfo();
        return operation == null ? "unknown" : operation.getName().getLocalPart();
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append(' ');
        }
        return all.toString();
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
