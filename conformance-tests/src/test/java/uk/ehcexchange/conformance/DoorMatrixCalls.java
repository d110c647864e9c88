package uk.ehcexchange.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How the matrix calls what is not an API operation: the token endpoint, the public documents and probes, the
 * actuator (which answers only on the management port) and the peering paths (which answer only on the peering
 * port, so must be 404 on the API port). The management port's endpoints are whatever its actuator index links to.
 */
final class DoorMatrixCalls {

    /** The actuator endpoints the matrix expects on the management port, and so must not find on the API port. */
    static final List<String> ACTUATOR = List.of("health", "info", "prometheus", "deliveries");
    /** The operator API's endpoint: its index link is the list; its other operations are named here. */
    static final String DELIVERIES = "deliveries";
    static final List<String> DELIVERY_OPERATIONS = List.of("GET /actuator/deliveries/{deliveryId}",
            "POST /actuator/deliveries/{deliveryId}/retry", "POST /actuator/deliveries/{deliveryId}/discard");
    /** A council's SEN2 return on the operator API: the index names the endpoint; its one operation has selectors. */
    static final String SEN2 = "sen2";
    static final String SEN2_OPERATION = "GET /actuator/sen2/{council}/{year}";
    static final String API_PORT = " (API port)";
    static final String MANAGEMENT_PORT = " (management port)";

    private final RunningHub hub;
    private final MatrixCredentials credentials;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    DoorMatrixCalls(RunningHub hub, MatrixCredentials credentials) {
        this.hub = hub;
        this.credentials = credentials;
    }

    List<MatrixOperation> operations(List<String> managementEndpoints) {
        List<MatrixOperation> ops = new ArrayList<>();
        ops.add(new MatrixOperation("POST /oauth2/token", this::token));
        for (String path : List.of("/livez", "/readyz", "/readyz-fhir", "/soap/v1/hub?wsdl")) {
            ops.add(get(path, hub.base(), path));
        }
        for (String endpoint : ACTUATOR) {
            ops.add(get("/actuator/" + endpoint + API_PORT, hub.base(), "/actuator/" + endpoint));
        }
        URI management = hub.managementBase();
        for (String endpoint : managementEndpoints) {
            if (endpoint.equals(DELIVERIES)) {
                ops.addAll(operatorCalls());
            } else if (endpoint.equals(SEN2)) {
                ops.add(operator(SEN2_OPERATION, caller -> HttpRequest.newBuilder(
                        management.resolve("/actuator/sen2/919/2027?dmo=Y&dco=Y&dsco=N")).GET()));
            } else {
                ops.add(get("/actuator/" + endpoint + MANAGEMENT_PORT, hub.managementBase(), "/actuator/" + endpoint));
            }
        }
        ops.add(new MatrixOperation(SEN2_OPERATION + API_PORT, caller -> Observed.status(send(caller,
                HttpRequest.newBuilder(hub.base().resolve("/actuator/sen2/919/2027")).GET()))));
        for (String path : List.of("/peer/v1/packages/{transferId}", "/peer/v1/receipts/{transferId}")) {
            String concrete = path.replace("{transferId}", java.util.UUID.randomUUID().toString());
            ops.add(new MatrixOperation("POST " + path + API_PORT, caller -> Observed.status(send(caller,
                    HttpRequest.newBuilder(hub.base().resolve(concrete))
                            .header("Content-Type", "application/pkcs7-mime")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {0x30, 0x00}))))));
        }
        return ops;
    }

    /**
     * The operator API (management port): the right caller is a named operator with their key; every other caller's
     * credential is no operator's. Retry and discard act on deliveries that failed for good, made for them.
     */
    private List<MatrixOperation> operatorCalls() {
        Supplier<FailedDeliveries.Failed> toRetry = MatrixOperation.shared(() -> FailedDeliveries.make(hub));
        Supplier<FailedDeliveries.Failed> toDiscard = MatrixOperation.shared(() -> FailedDeliveries.make(hub));
        URI management = hub.managementBase();
        return List.of(
                operator("GET /actuator/deliveries", caller -> HttpRequest.newBuilder(
                        management.resolve("/actuator/deliveries")).GET()),
                operator("GET /actuator/deliveries/{deliveryId}", caller -> HttpRequest.newBuilder(
                        management.resolve("/actuator/deliveries/" + toRetry.get().deliveryId())).GET()),
                operator("POST /actuator/deliveries/{deliveryId}/retry", caller -> HttpRequest.newBuilder(
                        management.resolve("/actuator/deliveries/" + toRetry.get().deliveryId() + "/retry"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"))),
                operator("POST /actuator/deliveries/{deliveryId}/discard", caller -> HttpRequest.newBuilder(
                        management.resolve("/actuator/deliveries/" + toDiscard.get().deliveryId() + "/discard"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"reason\": \"authorisation matrix\"}"))));
    }

    private MatrixOperation operator(String name, Function<Caller, HttpRequest.Builder> request) {
        return new MatrixOperation(name + MANAGEMENT_PORT, caller -> {
            HttpRequest.Builder builder = request.apply(caller).timeout(Duration.ofSeconds(30));
            String bearer = caller == Caller.RIGHT ? hub.operatorKey() : credentials.restBearer(caller, null);
            if (bearer != null) {
                builder.header("Authorization", "Bearer " + bearer);
            }
            try {
                return Observed.rest(http.send(builder.build(), HttpResponse.BodyHandlers.ofString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    private MatrixOperation get(String name, URI base, String path) {
        return new MatrixOperation("GET " + name, caller -> Observed.status(send(caller,
                HttpRequest.newBuilder(base.resolve(path)).GET())));
    }

    /**
     * The token endpoint: the caller's credential is its client assertion. Councils have none, so they send their
     * API key in its place; a trust and the ICB send their own good assertions.
     */
    private String token(Caller caller) {
        TrustSystem system = new TrustSystem(hub, RunningHub.TRUST);
        Function<String, String> assertionOf = authority -> hub.fhirCredential(authority).assertion(system.audience());
        Map<String, String> form = switch (caller) {
            case NO_CREDENTIAL -> Map.of("grant_type", "client_credentials");
            case MALFORMED -> TrustSystem.clientCredentials("eyJhbGciOiJub25lIn0.eyJpc3MiOiJ4In0.");
            case OTHER_COUNCIL -> TrustSystem.clientCredentials(hub.apiKey(MatrixFixtures.OTHER_COUNCIL));
            case TRUST -> TrustSystem.clientCredentials(assertionOf.apply(RunningHub.OTHER_TRUST));
            case ICB -> TrustSystem.clientCredentials(assertionOf.apply(RunningHub.ICB));
            case SOCIAL_CARE -> TrustSystem.clientCredentials(hub.apiKey(RunningHub.SOCIAL_CARE_919));
            case EDUCATIONAL_PSYCHOLOGY -> TrustSystem.clientCredentials(hub.apiKey(RunningHub.EPS_919));
            case SCHOOL -> TrustSystem.clientCredentials(hub.apiKey(RunningHub.SCHOOL_919));
            case RIGHT -> TrustSystem.clientCredentials(assertionOf.apply(RunningHub.TRUST));
        };
        return Observed.oauth(system.requestToken(form));
    }

    private HttpResponse<String> send(Caller caller, HttpRequest.Builder request) {
        String bearer = credentials.restBearer(caller, null);
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
