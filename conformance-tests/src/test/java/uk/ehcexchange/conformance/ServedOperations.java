package uk.ehcexchange.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.springframework.core.env.Environment;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.Yaml;

/**
 * What the running hub says it serves, read from its own published descriptions: every operation of the OpenAPI
 * document, every operation of the WSDL's portType, every interaction and operation of the FHIR
 * CapabilityStatement, and every endpoint the management port serves; plus the front doors no
 * description lists (the token endpoint, the probes, the WSDL itself, the CapabilityStatement itself, the FHIR package, and the
 * paths that must be closed on the API port).
 */
final class ServedOperations {

    private static final String WSDL = "http://schemas.xmlsoap.org/wsdl/";
    private static final List<String> HTTP_METHODS = List.of("get", "put", "post", "delete", "patch", "head",
            "options", "trace");

    private final RunningHub hub;

    ServedOperations(RunningHub hub) {
        this.hub = hub;
    }

    /** In the order the descriptions give them. */
    Set<String> all() {
        Set<String> all = new LinkedHashSet<>();
        all.addAll(openApi());
        all.addAll(wsdl());
        all.add("GET /fhir/metadata");
        all.add("GET /fhir/package.tgz");
        all.addAll(capabilityStatement());
        all.add("POST /oauth2/token");
        all.addAll(List.of("GET /livez", "GET /readyz", "GET /readyz-fhir", "GET /soap/v1/hub?wsdl"));
        for (String endpoint : DoorMatrixCalls.ACTUATOR) {
            all.add("GET /actuator/" + endpoint + DoorMatrixCalls.API_PORT);
        }
        for (String endpoint : managementEndpoints()) {
            if (endpoint.equals(DoorMatrixCalls.SEN2)) {
                all.add(DoorMatrixCalls.SEN2_OPERATION + DoorMatrixCalls.MANAGEMENT_PORT);
                continue;
            }
            all.add("GET /actuator/" + endpoint + DoorMatrixCalls.MANAGEMENT_PORT);
            if (endpoint.equals(DoorMatrixCalls.DELIVERIES)) {
                DoorMatrixCalls.DELIVERY_OPERATIONS.forEach(op -> all.add(op + DoorMatrixCalls.MANAGEMENT_PORT));
            }
        }
        all.add(DoorMatrixCalls.SEN2_OPERATION + DoorMatrixCalls.API_PORT);
        all.add("POST /peer/v1/packages/{transferId}" + DoorMatrixCalls.API_PORT);
        all.add("POST /peer/v1/receipts/{transferId}" + DoorMatrixCalls.API_PORT);
        return all;
    }

    @SuppressWarnings("unchecked")
    List<String> openApi() {
        Map<String, Object> document = new Yaml().load(ok(hub.anonymous().get("/api/v1/openapi.yaml")).body());
        List<String> operations = new ArrayList<>();
        ((Map<String, Map<String, Object>>) document.get("paths")).forEach((path, item) -> item.keySet().stream()
                .filter(HTTP_METHODS::contains)
                .forEach(method -> operations.add(method.toUpperCase(Locale.ROOT) + " " + path)));
        return operations;
    }

    List<String> wsdl() {
        byte[] wsdl = ok(hub.anonymous().get("/soap/v1/hub?wsdl")).body().getBytes(StandardCharsets.UTF_8);
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList portTypes = factory.newDocumentBuilder().parse(new ByteArrayInputStream(wsdl))
                    .getElementsByTagNameNS(WSDL, "portType");
            List<String> operations = new ArrayList<>();
            for (int i = 0; i < portTypes.getLength(); i++) {
                NodeList children = ((Element) portTypes.item(i)).getElementsByTagNameNS(WSDL, "operation");
                for (int j = 0; j < children.getLength(); j++) {
                    operations.add("SOAP " + ((Element) children.item(j)).getAttribute("name"));
                }
            }
            return operations;
        } catch (Exception e) {
            throw new IllegalStateException("the served WSDL does not parse", e);
        }
    }

    List<String> capabilityStatement() {
        CapabilityStatement statement = TrustSystem.FHIR.newJsonParser().parseResource(CapabilityStatement.class,
                ok(hub.anonymous().get("/fhir/metadata", "application/fhir+json")).body());
        List<String> operations = new ArrayList<>();
        for (CapabilityStatement.CapabilityStatementRestComponent rest : statement.getRest()) {
            for (CapabilityStatement.CapabilityStatementRestResourceComponent resource : rest.getResource()) {
                resource.getInteraction().forEach(i -> operations.add("FHIR " + resource.getType() + " "
                        + i.getCode().toCode()));
                resource.getOperation().forEach(o -> operations.add("FHIR " + resource.getType() + " $" + o.getName()));
            }
            rest.getInteraction().forEach(i -> operations.add("FHIR system " + i.getCode().toCode()));
            rest.getOperation().forEach(o -> operations.add("FHIR $" + o.getName()));
        }
        return operations;
    }

    /**
     * The actuator endpoints the management port serves: those its index links to (templated links and the index
     * itself aside), or, when the index is switched off, those the hub's configuration exposes.
     */
    List<String> managementEndpoints() {
        HttpResponse<String> index = hub.anonymous().get(hub.managementBase().resolve("/actuator").toString());
        if (index.statusCode() == 404) {
            String exposed = hub.bean(Environment.class).getProperty("management.endpoints.web.exposure.include", "");
            if (exposed.contains("*")) {
                throw new IllegalStateException("management.endpoints.web.exposure.include is '" + exposed
                        + "': name the endpoints, so that the matrix can hold each to its row");
            }
            return Arrays.stream(exposed.split(",")).map(String::trim).filter(e -> !e.isEmpty()).toList();
        }
        JsonNode links = Plans.parse(ok(index).body()).get("_links");
        List<String> endpoints = new ArrayList<>();
        links.fields().forEachRemaining(link -> {
            if (!link.getKey().equals("self") && !link.getValue().path("templated").asBoolean(false)) {
                endpoints.add(link.getKey());
            }
        });
        return endpoints;
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode()
                    + ": the matrix cannot read what the hub serves");
        }
        return response;
    }
}
