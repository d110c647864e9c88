package uk.ehcexchange.hub.door.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import java.util.List;

/**
 * The FHIR R4 front door at /fhir: HAPI's plain server, with the hub's resource providers, its guards and the one
 * exception translator. It serves exactly what the providers bind; the CapabilityStatement is generated from them.
 */
public class FhirServer extends RestfulServer {

    public static final String PATH = "/fhir";

    FhirServer(FhirContext context, List<IResourceProvider> resourceProviders, List<Object> plainProviders,
               List<Object> interceptors) {
        super(context);
        setResourceProviders(resourceProviders);
        registerProviders(plainProviders);
        interceptors.forEach(this::registerInterceptor);
        setDefaultResponseEncoding(EncodingEnum.JSON);
        setServerName("EHC Exchange");
        setImplementationDescription("EHC Exchange: the FHIR R4 front door for NHS trusts and ICBs");
    }
}
