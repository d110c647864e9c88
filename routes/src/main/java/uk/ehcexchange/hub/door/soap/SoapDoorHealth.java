package uk.ehcexchange.hub.door.soap;

import org.apache.cxf.jaxws.EndpointImpl;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/** The SOAP service, reported as {@code soap}: up while CXF's endpoint at /soap/v1/hub is published and started. */
@Component("soapHealthIndicator")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // as the endpoint it reports on
class SoapDoorHealth implements HealthIndicator {

    private final EndpointImpl service;

    SoapDoorHealth(EndpointImpl hubSoapService) {
        this.service = hubSoapService;
    }

    @Override
    public Health health() {
        boolean started = service.isPublished() && service.getServer() != null && service.getServer().isStarted();
        return (started ? Health.up() : Health.down()).withDetail("path", "/soap" + SoapConfiguration.ADDRESS).build();
    }
}
