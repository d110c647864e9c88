package uk.ehcexchange.hub.door.soap;

import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPMessage;
import java.util.List;
import javax.xml.validation.Schema;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.binding.soap.saaj.SAAJInInterceptor;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.phase.Phase;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import uk.ehcexchange.adapters.councilxml.CouncilXml;
import uk.ehcexchange.adapters.councilxml.CouncilXmlException;
import uk.ehcexchange.adapters.councilxml.SafeXml;
import uk.ehcexchange.model.validation.Violation;

/**
 * Inbound schema validation: the body of every request is checked against ehc-hub-service-v1.xsd (which imports
 * council-xml-v1.xsd) once the caller is authenticated and before anything is bound. CXF's own validation reports
 * a schema error without saying where it is; this one names each offending element by its XPath in the message.
 */
final class SchemaValidation extends AbstractSoapInterceptor {

    static final String SCHEMA_RESOURCE = "/uk/ehcexchange/schemas/soap/ehc-hub-service-v1.xsd";
    private static final Schema SCHEMA = SafeXml.schema(CouncilXml.resource(SCHEMA_RESOURCE));

    SchemaValidation() {
        super(Phase.PRE_PROTOCOL);
        addAfter(SAAJInInterceptor.class.getName());
        addAfter(UsernameTokenAuthentication.class.getName());
    }

    @Override
    public void handleMessage(SoapMessage message) {
        Element request = firstElement(message);
        List<Violation> violations = request == null
                ? List.of(new Violation("/Envelope/Body", "one-request-element",
                        "the body must hold one request element"))
                : SafeXml.violations(SCHEMA, request);
        if (!violations.isEmpty()) {
            throw new Fault(new CouncilXmlException(CouncilXmlException.Kind.SCHEMA_VIOLATION,
                    violations.size() + " schema violation(s)", violations));
        }
    }

    private static Element firstElement(SoapMessage message) {
        SOAPMessage saaj = message.getContent(SOAPMessage.class);
        try {
            for (Node n = saaj.getSOAPBody().getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element element) {
                    return element;
                }
            }
            return null;
        } catch (SOAPException e) {
            throw new Fault(e);
        }
    }
}
