package uk.ehcexchange.hub.door.soap;

import org.apache.cxf.jaxws.EndpointImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The SOAP service, reported as {@code soap}: up while CXF's endpoint at /soap/v1/hub is published and started.
 * In a hub without a web server (the routes' own tests) there is no endpoint, and the door is reported down.
 */
@Component("soapHealthIndicator")
class SoapDoorHealth implements HealthIndicator {

    private final ObjectProvider<EndpointImpl> service;

    SoapDoorHealth(ObjectProvider<EndpointImpl> hubSoapService) {
        this.service = hubSoapService;
    }

    @Override
    public Health health() {
        EndpointImpl endpoint = service.getIfAvailable();
        boolean started = endpoint != null && endpoint.isPublished() && endpoint.getServer() != null
                && endpoint.getServer().isStarted();
        return (started ? Health.up() : Health.down()).withDetail("path", "/soap" + SoapConfiguration.ADDRESS).build();
    }
}
