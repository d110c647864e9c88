package uk.ehcexchange.hub.door.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.ResponseDetails;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationDefinition;
import org.springframework.stereotype.Component;
import uk.ehcexchange.fhirpackage.FhirNpmPackage;
import uk.ehcexchange.hub.door.token.TokenEndpoint;
import uk.ehcexchange.hub.fhir.FhirEnabled;

/**
 * Completes the CapabilityStatement HAPI generates from the bound providers (so it lists exactly what is served)
 * with what the bindings cannot say: how to authenticate, that JSON and XML are both spoken, and where the hub's
 * FHIR package (its profiles, extensions, code systems and value sets) is. And gives the OperationDefinitions HAPI
 * generates a name that machines can use (invariant opd-0: a letter, then letters, digits or '_').
 */
@FhirEnabled
@Component
@Interceptor
public class FhirCapabilities {

    @Hook(Pointcut.SERVER_OUTGOING_RESPONSE)
    public boolean nameOperationDefinition(ResponseDetails response) {
        if (response.getResponseResource() instanceof OperationDefinition definition && definition.hasName()) {
            definition.setName(machineName(definition.getName()));
        }
        return true;
    }

    /** {@code process-message} or {@code Process-message} as {@code ProcessMessage}. */
    static String machineName(String name) {
        StringBuilder machine = new StringBuilder();
        for (String part : name.split("[^A-Za-z0-9_]+")) {
            if (!part.isEmpty()) {
                machine.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return machine.isEmpty() || !Character.isLetter(machine.charAt(0)) ? "Operation" + machine : machine.toString();
    }

    @Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
    public void complete(IBaseConformance generated, RequestDetails details) {
        CapabilityStatement statement = (CapabilityStatement) generated;
        statement.setPublisher("EHC Exchange");
        statement.getFormat().clear();
        statement.addFormat("application/fhir+json");
        statement.addFormat("application/fhir+xml");
        String base = details.getFhirServerBase();
        String tokenUrl = base.substring(0, base.length() - FhirServer.PATH.length()) + TokenEndpoint.PATH;
        for (CapabilityStatement.CapabilityStatementRestComponent rest : statement.getRest()) {
            rest.setDocumentation("The profiles, extensions, code systems and value sets of what the hub serves and "
                    + "sends: the FHIR NPM package " + FhirNpmPackage.NAME + " at " + base + "/package.tgz "
                    + "(no access token needed).");
            CapabilityStatement.CapabilityStatementRestSecurityComponent security = rest.getSecurity();
            security.setCors(false);
            security.addService(new CodeableConcept(new Coding(
                    "http://terminology.hl7.org/CodeSystem/restful-security-service", "OAuth", "OAuth"))
                    .setText("OAuth2 client credentials with a signed JWT client assertion (private_key_jwt, "
                            + "RS512/ES256/ES384), as NHS England's APIs use"));
            security.setDescription("POST a client assertion to " + tokenUrl + " for a bearer access token. "
                    + "A trust or ICB sees and answers only the Tasks it owns.");
            // Not SMART's oauth-uris extension: it requires an authorize endpoint,
            // which client credentials have none of.
        }
    }
}
