package uk.ehcexchange.hub.quota;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.audit.AuditRecorder;
import uk.ehcexchange.hub.auth.ClientIdentity;
import uk.ehcexchange.hub.soap.SoapFaultCode;
import uk.ehcexchange.hub.soap.SoapFaults;
import uk.ehcexchange.hub.soap.generated.HubFault;
import uk.ehcexchange.hub.web.Problems;
import uk.ehcexchange.hub.web.Rejection;
import uk.ehcexchange.model.validation.Violation;

/**
 * Writes a quota refusal made before a request reaches its front door, in that front door's own format and with the
 * same code its own refusals would use: a problem document (REST), an OperationOutcome with issue code
 * {@code throttled} (FHIR), both 429 with Retry-After; or a SOAP 1.1 Fault with HubFault code {@code quota-exceeded}
 * (SOAP 1.1 answers every fault with 500). Each is audited.
 */
@Component
public class QuotaRefusals {

    public static final String RULE = "within-quota";

    private final Problems problems;
    private final SoapFaults soapFaults;
    private final AuditRecorder audit;
    private final ObjectMapper json;
    private final JAXBContext hubFault;

    public QuotaRefusals(Problems problems, SoapFaults soapFaults, AuditRecorder audit, ObjectMapper json) {
        this.problems = problems;
        this.soapFaults = soapFaults;
        this.audit = audit;
        this.json = json;
        try {
            this.hubFault = JAXBContext.newInstance(HubFault.class);
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Violation violation(QuotaExceededException refused) {
        return new Violation(refused.field(), RULE, refused.getMessage());
    }

    void write(HttpServletRequest request, HttpServletResponse response, QuotaExceededException refused)
            throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()));
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/soap/")) {
            soapFault(request, response, refused);
        } else if (path.equals("/fhir") || path.startsWith("/fhir/")) {
            operationOutcome(request, response, refused);
        } else {
            problems.write(request, response, Rejection.QUOTA_EXCEEDED, refused.getMessage(),
                    List.of(violation(refused)));
        }
    }

    private void operationOutcome(HttpServletRequest request, HttpServletResponse response,
                                  QuotaExceededException refused) throws IOException {
        audit.rejected(request, null, Rejection.QUOTA_EXCEEDED.code() + " " + refused.field());
        response.setStatus(Rejection.QUOTA_EXCEEDED.status().value());
        response.setContentType("application/fhir+json;charset=UTF-8");
        json.writeValue(response.getOutputStream(), Map.of("resourceType", "OperationOutcome",
                "issue", List.of(Map.of("severity", "error", "code", "throttled",
                        "diagnostics", refused.getMessage(), "expression", List.of(refused.field())))));
    }

    private void soapFault(HttpServletRequest request, HttpServletResponse response, QuotaExceededException refused)
            throws IOException {
        String actor = request.getAttribute(ClientIdentity.REQUEST_ATTRIBUTE) instanceof ClientIdentity client
                ? client.authorityCode() : "anonymous";
        HubFault fault = soapFaults.refused(SoapFaultCode.QUOTA_EXCEEDED, Rejection.QUOTA_EXCEEDED.title(),
                refused.getMessage(), List.of(violation(refused)), actor, "unknown");
        StringWriter detail = new StringWriter();
        try {
            Marshaller marshaller = hubFault.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_FRAGMENT, true);
            marshaller.marshal(fault, detail);
        } catch (JAXBException e) {
            throw new IllegalStateException("the fault detail always marshals", e);
        }
        response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        response.setContentType("text/xml;charset=UTF-8");
        response.getOutputStream().write(("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + "<soap:Body><soap:Fault><faultcode>soap:Client</faultcode><faultstring>"
                + xmlText(refused.getMessage()) + "</faultstring><detail>" + detail
                + "</detail></soap:Fault></soap:Body></soap:Envelope>").getBytes(StandardCharsets.UTF_8));
    }

    private static String xmlText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
