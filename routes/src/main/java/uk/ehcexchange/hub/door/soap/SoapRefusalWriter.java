package uk.ehcexchange.hub.door.soap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.hub.door.RefusalWriter;
import uk.ehcexchange.hub.door.soap.generated.HubFault;
import uk.ehcexchange.model.validation.Violation;

/**
 * The SOAP door's refusals in front of CXF (a path the firewall refuses, a quota used up): a SOAP 1.1 Fault with the
 * same typed detail (hub:HubFault) as every other fault, audited. CXF never sees such a request, so the envelope is
 * written here.
 */
@Component
@Order(0)
class SoapRefusalWriter implements RefusalWriter {

    private final SoapFaults faults;
    private final JAXBContext context;

    SoapRefusalWriter(SoapFaults faults) throws JAXBException {
        this.faults = faults;
        this.context = JAXBContext.newInstance(HubFault.class);
    }

    @Override
    public boolean answersFor(String rawPath) {
        return rawPath.startsWith("/soap");
    }

    @Override
    public void refuse(HttpServletRequest request, HttpServletResponse response, Rejection rejection,
                       Violation violation) throws IOException {
        SoapFaultCode code = SoapFaultCode.of(rejection);
        HubFault detail = faults.refused(code, rejection.title(), violation.message(), List.of(violation),
                "anonymous", "unknown");
        StringWriter xml = new StringWriter();
        try {
            Marshaller marshaller = context.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_FRAGMENT, true);
            marshaller.marshal(detail, xml);
        } catch (JAXBException e) {
            throw new IllegalStateException("the fault detail always marshals", e);
        }
        // SOAP 1.1 answers faults with 500; a path refused or unknown never reached the SOAP processor, so 400 or 404.
        response.setStatus(switch (rejection) {
            case REQUEST_REJECTED -> 400;
            case NOT_FOUND -> 404;
            default -> 500;
        });
        response.setContentType("text/xml;charset=UTF-8");
        response.getWriter().write("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + "<soap:Fault><faultcode>soap:" + (code.side() == SoapFaultCode.Side.CLIENT ? "Client" : "Server")
                + "</faultcode><faultstring>" + HtmlUtils.htmlEscape(violation.message()) + "</faultstring><detail>"
                + xml + "</detail></soap:Fault></soap:Body></soap:Envelope>");
    }
}
