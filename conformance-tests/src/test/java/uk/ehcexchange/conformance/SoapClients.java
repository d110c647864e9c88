package uk.ehcexchange.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.soap.SOAPElement;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPHeader;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.handler.Handler;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;
import javax.xml.transform.stream.StreamSource;
import uk.ehcexchange.adapters.councilxml.CouncilXml;
import uk.ehcexchange.adapters.councilxml.CouncilXmlMapper;
import uk.ehcexchange.conformance.soapclient.EhcHubPortType;
import uk.ehcexchange.conformance.soapclient.EhcHubService;
import uk.ehcexchange.conformance.soapclient.councilxml.EhcPlanType;
import uk.ehcexchange.conformance.soapclient.councilxml.ObjectFactory;
import uk.ehcexchange.model.CanonicalJson;
import uk.ehcexchange.model.EhcPlan;

/**
 * Council systems calling the hub's SOAP service: through the JAX-WS client generated from the published WSDL
 * (with a standard JAX-WS handler adding the WS-Security UsernameToken), or by posting a hand-written envelope over
 * plain HTTP.
 */
final class SoapClients {

    static final String PATH = "/soap/v1/hub";
    private static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    private static final String PASSWORD_TEXT =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText";
    private static final JAXBContext CLIENT_TYPES = context();

    private final RunningHub hub;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SoapClients(RunningHub hub) {
        this.hub = hub;
    }

    /** The generated client, reading the WSDL the hub serves, authenticated as {@code caller}'s system. */
    EhcHubPortType port(String caller) {
        return port(hub.clientId(caller), hub.apiKey(caller));
    }

    /**
     * The generated client presenting a UsernameToken of {@code clientId} and {@code password} (whatever they are),
     * or no WS-Security header at all when {@code clientId} is null.
     */
    EhcHubPortType port(String clientId, String password) {
        EhcHubService service;
        try {
            service = new EhcHubService(hub.base().resolve(PATH + "?wsdl").toURL());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
        EhcHubPortType port = service.getEhcHubPort();
        BindingProvider provider = (BindingProvider) port;
        provider.getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, hub.base().resolve(PATH).toString());
        @SuppressWarnings("rawtypes")
        List<Handler> handlers = clientId == null ? List.of() : List.of(new UsernameToken(clientId, password));
        provider.getBinding().setHandlerChain(handlers);
        return port;
    }

    /** A hand-written SOAP 1.1 envelope, posted as any HTTP client would. */
    HttpResponse<String> post(String envelope) {
        HttpRequest request = HttpRequest.newBuilder(hub.base().resolve(PATH)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/xml; charset=utf-8").header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An envelope with {@code caller}'s UsernameToken around {@code body} (elements of urn:ehc-exchange:soap:v1, prefix hub). */
    String envelope(String caller, String body) {
        return envelope(hub.clientId(caller), hub.apiKey(caller), body);
    }

    static String envelope(String clientId, String password, String body) {
        return """
                <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:hub="urn:ehc-exchange:soap:v1">
                  <soapenv:Header>
                    <wsse:Security soapenv:mustUnderstand="1" xmlns:wsse="%s">
                      <wsse:UsernameToken>
                        <wsse:Username>%s</wsse:Username>
                        <wsse:Password Type="%s">%s</wsse:Password>
                      </wsse:UsernameToken>
                    </wsse:Security>
                  </soapenv:Header>
                  <soapenv:Body>%s</soapenv:Body>
                </soapenv:Envelope>""".formatted(WSSE, clientId, PASSWORD_TEXT, password, body);
    }

    /** The golden plan as the council's system holds it: its own generated council XML type. */
    static EhcPlanType councilXmlPlan(JsonNode canonical) {
        byte[] xml = councilXmlBytes(canonical);
        try {
            return CLIENT_TYPES.createUnmarshaller().unmarshal(new StreamSource(new ByteArrayInputStream(xml)),
                    EhcPlanType.class).getValue();
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The golden plan in council XML, without the XML declaration, to paste into a hand-written envelope. */
    static String councilXmlElement(JsonNode canonical) {
        String xml = new String(councilXmlBytes(canonical), java.nio.charset.StandardCharsets.UTF_8);
        return xml.substring(xml.indexOf("?>") + 2).trim();
    }

    /** What a council's system received, read back strictly (schema-checked) into the canonical model. */
    static EhcPlan canonical(EhcPlanType received) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            CLIENT_TYPES.createMarshaller().marshal(new ObjectFactory().createEhcPlan(received), out);
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
        return CouncilXmlMapper.toCanonical(CouncilXml.readPlan(out.toByteArray())).value();
    }

    static EhcPlan canonical(JsonNode plan) {
        try {
            return CanonicalJson.mapper().treeToValue(plan, EhcPlan.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] councilXmlBytes(JsonNode canonical) {
        return CouncilXml.write(CouncilXmlMapper.toXml(canonical(canonical)).value());
    }

    private static JAXBContext context() {
        try {
            return JAXBContext.newInstance(ObjectFactory.class);
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The WS-Security UsernameToken header, added by a standard JAX-WS handler. */
    private record UsernameToken(String clientId, String apiKey) implements SOAPHandler<SOAPMessageContext> {

        @Override
        public boolean handleMessage(SOAPMessageContext context) {
            if (Boolean.TRUE.equals(context.get(MessageContext.MESSAGE_OUTBOUND_PROPERTY))) {
                try {
                    SOAPHeader header = context.getMessage().getSOAPHeader() != null
                            ? context.getMessage().getSOAPHeader()
                            : context.getMessage().getSOAPPart().getEnvelope().addHeader();
                    SOAPElement token = header.addChildElement("Security", "wsse", WSSE)
                            .addChildElement("UsernameToken", "wsse");
                    token.addChildElement("Username", "wsse").addTextNode(clientId);
                    token.addChildElement("Password", "wsse").setAttribute("Type", PASSWORD_TEXT);
                    ((SOAPElement) token.getLastChild()).addTextNode(apiKey);
                } catch (SOAPException e) {
                    throw new IllegalStateException(e);
                }
            }
            return true;
        }

        @Override
        public boolean handleFault(SOAPMessageContext context) {
            return true;
        }

        @Override
        public void close(MessageContext context) {
        }

        @Override
        public Set<QName> getHeaders() {
            return Set.of();
        }
    }
}
