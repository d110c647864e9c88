package uk.ehcexchange.hub.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the hub where to find it. */
@Component
class ListeningBanner implements ApplicationListener<WebServerInitializedEvent> {

    private static final Logger log = LoggerFactory.getLogger(ListeningBanner.class);

    private final boolean fhir;
    private final boolean dashboard;

    /** The dashboard is there when people can sign in: an identity provider is configured, or in demo mode. */
    ListeningBanner(@Value("${ehc.fhir.enabled:true}") boolean fhir,
                    @Value("#{'${ehc.sign-in.issuer-uri:}' != '' or ${ehc.demo-mode:false}}") boolean dashboard) {
        this.fhir = fhir;
        this.dashboard = dashboard;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        int port = event.getWebServer().getPort();
        if ("management".equals(event.getApplicationContext().getServerNamespace())) {
            log.info("EHC Exchange management port {} — health /actuator/health, metrics /actuator/prometheus, "
                    + "failed deliveries /actuator/deliveries and SEN2 /actuator/sen2 (operator key)", port);
            return;
        }
        log.info("EHC Exchange hub listening on http://localhost:{} — API /api/v1, OpenAPI /api/v1/openapi.yaml, "
                + "SOAP /soap/v1/hub (WSDL /soap/v1/hub?wsdl), " + (fhir ? "FHIR /fhir (token /oauth2/token), " : "")
                + (dashboard ? "dashboard /dashboard (people sign in), " : "") + "probes /livez /readyz /readyz-fhir",
                port);
    }
}
