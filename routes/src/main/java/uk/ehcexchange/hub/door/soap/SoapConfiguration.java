package uk.ehcexchange.hub.door.soap;

import java.util.Map;
import javax.xml.namespace.QName;
import org.apache.cxf.Bus;
import org.apache.cxf.binding.soap.saaj.SAAJInInterceptor;
import org.apache.cxf.jaxws.EndpointImpl;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import uk.ehcexchange.hub.config.HubProperties;

/**
 * Publishes the SOAP service at {@code /soap/v1/hub} (CXF's servlet is at {@code cxf.path=/soap}), from the
 * hand-written WSDL, with its interceptors in the order a message meets them: size limit, WS-Security
 * UsernameToken, schema validation; and on the way out, the typed fault detail. Authentication is a UsernameToken
 * rather than mutual TLS because it reuses each council system's API key and its rotation, and needs no client
 * certificate per council system; see {@link UsernameTokenAuthentication}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // CXF's bus lives in its servlet
class SoapConfiguration {

    static final String ADDRESS = "/v1/hub";
    private static final String NAMESPACE = "urn:ehc-exchange:soap:v1:wsdl";

    @Bean
    EndpointImpl hubSoapService(Bus bus, HubSoapEndpoint endpoint, AuthenticationManager authentication,
                                SoapFaults faults, HubProperties properties) {
        EndpointImpl service = new EndpointImpl(bus, endpoint);
        service.setWsdlLocation("classpath:uk/ehcexchange/schemas/soap/ehc-hub-v1.wsdl");
        service.setServiceName(new QName(NAMESPACE, "EhcHubService"));
        service.setEndpointName(new QName(NAMESPACE, "EhcHubPort"));
        service.setProperties(Map.of(
                // Refuse entity references outright, and keep CXF's own limits on the XML reader.
                "org.apache.cxf.stax.allowInsecureParser", false,
                "org.apache.cxf.stax.maxElementDepth", 100,
                "org.apache.cxf.stax.maxChildElements", 10_000,
                "org.apache.cxf.stax.maxAttributeCount", 100,
                "org.apache.cxf.stax.maxTextLength", (int) properties.maxRequestSize().toBytes()));
        service.getInInterceptors().add(new MessageSizeLimit(properties.maxRequestSize().toBytes()));
        service.getInInterceptors().add(new UsernameTokenAuthentication(authentication));
        service.getInInterceptors().add(new SAAJInInterceptor());
        service.getInInterceptors().add(new SchemaValidation());
        service.getOutFaultInterceptors().add(new FaultDetails(faults));
        service.publish(ADDRESS);
        return service;
    }
}
