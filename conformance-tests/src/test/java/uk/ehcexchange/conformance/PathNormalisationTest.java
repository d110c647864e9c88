package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import uk.ehcexchange.security.audit.AuditEvent;
import uk.ehcexchange.security.audit.AuditTrail;

/**
 * Every front door on the API port (REST, SOAP, FHIR, the token endpoint, and the peering and actuator paths that
 * must stay closed there) and on the peering port (mutual TLS with a certificate it trusts: the receipts path, and
 * the REST API that must not answer there) asked for a real action with valid credentials, but with the path spelled
 * in each of the ways of {@link PathSpellings}, sent byte for byte on a socket. Every spelling must be answered 400
 * (the hub's firewall) or 404, never 2xx, 401, 403, 405, 422 or a 5xx, and must leave no accepted action in the audit
 * trail and nothing stored. A control cell sends the path as it should be spelled, to show that the credentials and the
 * request are good. What each spelling got is printed at the end.
 */
class PathNormalisationTest {

    /** One attempt at a door: a request for a real action, and how to tell afterwards that nothing happened. */
    record Attempt(String method, String path, byte[] body, String[] headers, Consumer<RawHttp.Answer> nothingDone) {
    }

    /** A front door: the action's path as it should be spelled, and what it answers when spelled so. */
    record Door(String name, String path, int controlStatus, boolean peeringPort, Supplier<Attempt> attempt) {

        Door(String name, String path, int controlStatus, Supplier<Attempt> attempt) {
            this(name, path, controlStatus, false, attempt);
        }
    }

    private static final Queue<String> SEEN = new ConcurrentLinkedQueue<>();
    /**
     * The codes with which handlers (not a firewall in front of them) refuse a bad request: a 400 that carries one
     * shows that the spelling reached a handler. OAuth 2.0 errors come only from the token endpoint's handler.
     */
    private static final List<String> HANDLER_REFUSALS = List.of("malformed-json", "unknown-property", "invalid-value",
            "required-header", "idempotency-key-format", "malformed-xml", "dtd-not-allowed", "schema-violation",
            "validation-failed", "oauth2-error");

    private final RunningHub hub = RunningHub.get();
    private final MatrixCredentials credentials = new MatrixCredentials(hub);
    private final MatrixFixtures fixtures = new MatrixFixtures(hub);
    private final SoapClients soap = new SoapClients(hub);
    private final Supplier<String> sentTransfer = MatrixOperation.shared(fixtures::transfer);

    @TestFactory
    Stream<DynamicNode> noSpellingReachesAHandler() {
        List<DynamicNode> doors = new ArrayList<>();
        for (Door door : doors()) {
            List<DynamicTest> cells = new ArrayList<>();
            cells.add(DynamicTest.dynamicTest(door.name() + " " + door.path() + " as spelled (control) → "
                    + door.controlStatus(), () -> {
                        Attempt attempt = door.attempt().get();
                        RawHttp.Answer answer = send(door, attempt, attempt.path());
                        assertThat(answer.status()).as(answer.body()).isEqualTo(door.controlStatus());
                    }));
            for (PathSpellings.Spelling spelling : PathSpellings.all()) {
                String example = spelling.apply(door.path());
                cells.add(DynamicTest.dynamicTest(door.name() + " " + example + " (" + spelling.name()
                        + ") → 400 or 404", () -> refused(door, spelling)));
            }
            doors.add(DynamicContainer.dynamicContainer(door.name() + " " + door.path(), cells));
        }
        return doors.stream();
    }

    private void refused(Door door, PathSpellings.Spelling spelling) {
        Attempt attempt = door.attempt().get();
        String target = spelling.apply(attempt.path());
        Instant before = Instant.now();

        RawHttp.Answer answer = send(door, attempt, target);

        SEEN.add("| " + door.name() + " | " + spelling.name() + " | `" + target.replace("|", "\\|") + "` | "
                + answer.status() + " | " + kind(answer) + " |");
        assertThat(answer.status()).as("%s %s answered %s: %s", attempt.method(), target, answer.status(),
                answer.body()).isIn(400, 404);
        assertThat(HANDLER_REFUSALS).as("%s %s was refused by a handler: %s", attempt.method(), target, answer.body())
                .noneMatch(code -> kind(answer).endsWith(" " + code));
        assertThat(hub.bean(AuditTrail.class).recent(50)).as("accepted actions audited since the request")
                .filteredOn(e -> !e.at().isBefore(before) && e.outcome() == AuditEvent.Outcome.ACCEPTED
                        && !e.actor().equals("hub")).isEmpty();
        attempt.nothingDone().accept(answer);
    }

    private RawHttp.Answer send(Door door, Attempt attempt, String target) {
        return door.peeringPort()
                ? RawHttp.send(hub.peerTls(), hub.peeringPort(), attempt.method(), target, attempt.body(),
                        attempt.headers())
                : RawHttp.send(hub.base().getPort(), attempt.method(), target, attempt.body(), attempt.headers());
    }

    private List<Door> doors() {
        return List.of(
                new Door("REST", "/api/v1/plans/{planId}", 201, this::submitPlan),
                new Door("SOAP", "/soap/v1/hub", 200, this::submitPlanOverSoap),
                new Door("FHIR", "/fhir/Task/{id}", 200, this::startTask),
                new Door("token", "/oauth2/token", 200, this::buyToken),
                new Door("peering (API port)", "/peer/v1/packages/{transferId}", 404, () -> new Attempt("POST",
                        "/peer/v1/packages/" + UUID.randomUUID(), new byte[] {0x30, 0x00}, new String[] {
                        "Authorization", "Bearer " + hub.apiKey("919"), "Content-Type", "application/pkcs7-mime"},
                        answer -> { })),
                // A receipt that does not verify, for a transfer this hub did send: a handler refuses it with 422.
                new Door("peering (peering port)", "/peer/v1/receipts/{transferId}", 422, true, () -> new Attempt(
                        "POST", "/peer/v1/receipts/" + sentTransfer.get(), new byte[] {0x30, 0x00}, new String[] {
                        "Content-Type", "application/pkcs7-mime"}, answer -> { })),
                new Door("REST (peering port)", "/api/v1/plans/{planId}", 404, true, this::submitPlan),
                new Door("actuator (API port)", "/actuator/health", 404, () -> new Attempt("GET", "/actuator/health",
                        null, new String[] {"Authorization", "Bearer " + hub.apiKey("919")},
                        answer -> assertThat(answer.body()).as("health must not be shown").doesNotContain("UP"))));
    }

    /** Hertfordshire submits a new plan: a handler that ran would store it. */
    private Attempt submitPlan() {
        String planId = Plans.freshId();
        return new Attempt("PUT", "/api/v1/plans/" + planId,
                Plans.golden(planId).toString().getBytes(StandardCharsets.UTF_8),
                new String[] {"Authorization", "Bearer " + hub.apiKey("919"), "Content-Type", "application/json",
                        "Idempotency-Key", "spelling-" + planId}, answer -> assertNoPlan(planId));
    }

    private Attempt submitPlanOverSoap() {
        String planId = Plans.freshId();
        String envelope = soap.envelope("919", "<hub:SubmitPlanRequest><hub:MessageId>spelling-" + planId
                + "</hub:MessageId>" + SoapClients.councilXmlElement(SoapFixtures.plan(planId, "919"))
                + "</hub:SubmitPlanRequest>");
        return new Attempt("POST", SoapClients.PATH, envelope.getBytes(StandardCharsets.UTF_8),
                new String[] {"Content-Type", "text/xml; charset=utf-8", "SOAPAction", "\"\""},
                answer -> assertNoPlan(planId));
    }

    /** The trust starts work on a Task of its own: a handler that ran would change its status. */
    private Attempt startTask() {
        String requestId = fixtures.medicalRequest();
        return new Attempt("PATCH", "/fhir/Task/" + requestId,
                "[{\"op\":\"replace\",\"path\":\"/status\",\"value\":\"in-progress\"}]"
                        .getBytes(StandardCharsets.UTF_8),
                new String[] {"Authorization", "Bearer " + credentials.fhirToken(RunningHub.TRUST),
                        "Content-Type", "application/json-patch+json", "Accept", "application/fhir+json"},
                answer -> assertThat(Plans.parse(hub.as("919").get("/api/v1/advice-requests/" + requestId).body())
                        .get("status").asText()).as("the request's status").isEqualTo("REQUESTED"));
    }

    /** The trust buys an access token with a good assertion: a handler that ran would issue one. */
    private Attempt buyToken() {
        TrustSystem trust = new TrustSystem(hub, RunningHub.TRUST);
        String form = "grant_type=client_credentials&client_assertion_type="
                + "urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer&client_assertion="
                + trust.credential().assertion(trust.audience());
        return new Attempt("POST", "/oauth2/token", form.getBytes(StandardCharsets.US_ASCII),
                new String[] {"Content-Type", "application/x-www-form-urlencoded"},
                answer -> assertThat(answer.body()).as("no token issued").doesNotContain("access_token"));
    }

    private void assertNoPlan(String planId) {
        assertThat(hub.as("919").get("/api/v1/plans/" + planId).statusCode()).as("plan %s was not stored", planId)
                .isEqualTo(404);
    }

    private static String kind(RawHttp.Answer answer) {
        String type = answer.contentType();
        if (type.startsWith("application/problem+json")) {
            String problemType = Plans.parse(answer.body()).path("type").asText();
            return "problem document " + problemType.substring(problemType.lastIndexOf(':') + 1);
        }
        if (type.startsWith("application/fhir+")) {
            return answer.body().contains("OperationOutcome") ? "OperationOutcome" : "FHIR " + type;
        }
        if (answer.body().contains("Fault>")) {
            int code = answer.body().indexOf("<Code>");
            return "SOAP Fault" + (code < 0 ? "" : " " + answer.body().substring(code + 6,
                    answer.body().indexOf("</Code>", code)));
        }
        if (type.startsWith("application/json") && answer.body().contains("\"error\"")) {
            return "OAuth 2.0 error oauth2-error";
        }
        return answer.body().isBlank() ? "empty body" + (type.isEmpty() ? "" : " (" + type + ")") : type;
    }

    /** Printed, and written to target/path-spellings.md, to show who refused what and in which format. */
    @AfterAll
    static void showWhatEachSpellingGot() throws java.io.IOException {
        if (!SEEN.isEmpty()) {
            String table = "| Door | Spelling | Sent | Status | Answer |\n|---|---|---|---|---|\n"
                    + String.join("\n", SEEN) + "\n";
            System.out.println("What each path spelling got:\n" + table);
            java.nio.file.Path target = java.nio.file.Path.of(System.getProperty("user.dir"), "target");
            if (java.nio.file.Files.isDirectory(target)) {
                java.nio.file.Files.writeString(target.resolve("path-spellings.md"), table);
            }
        }
    }
}
