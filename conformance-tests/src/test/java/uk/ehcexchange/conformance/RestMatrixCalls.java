package uk.ehcexchange.conformance;

import static uk.ehcexchange.conformance.MatrixFixtures.COUNCIL;
import static uk.ehcexchange.conformance.MatrixFixtures.DOCUMENT;
import static uk.ehcexchange.conformance.MatrixFixtures.OTHER_COUNCIL;
import static uk.ehcexchange.conformance.MatrixFixtures.SENDER;
import static uk.ehcexchange.conformance.MatrixOperation.shared;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * How the matrix calls each operation of the REST API (/api/v1, as the served OpenAPI document lists them).
 *
 * <p>A path that names an authority is called as named when the call acts for that authority (a list, a new
 * request): another council or the ICB is then asking to act for someone else. A path to one item of an inbox is
 * called by another council or the ICB on its <em>own</em> inbox, with the id of an item that is not in it: the hub
 * must not say whether that item exists elsewhere. Everyone else calls the path of the right authority.
 */
final class RestMatrixCalls {

    /** One cell's call: which client, and which authority's inbox it names for items. */
    record Cell(Caller caller, RunningHub.Call as, String rightAuthority) {

        /** The authority an inbox item path names: the caller's own for another council or the ICB. */
        String inbox() {
            return switch (caller) {
                case OTHER_COUNCIL -> OTHER_COUNCIL;
                case ICB -> RunningHub.ICB;
                default -> rightAuthority;
            };
        }

        String key() {
            return "matrix-" + UUID.randomUUID();
        }
    }

    private final RunningHub hub;
    private final MatrixCredentials credentials;
    private final MatrixFixtures fixtures;

    RestMatrixCalls(RunningHub hub, MatrixCredentials credentials) {
        this.hub = hub;
        this.credentials = credentials;
        this.fixtures = new MatrixFixtures(hub);
    }

    List<MatrixOperation> operations() {
        List<MatrixOperation> ops = new ArrayList<>();
        plansAndTransfers(ops);
        inbox(ops);
        adviceRequests(ops);
        otherAdvice(ops);
        adviceInbox(ops);
        placements(ops);
        disclosureBases(ops);
        assessments(ops);
        reviews(ops);
        ops.add(op("GET /api/v1/authorities", COUNCIL, COUNCIL, cell -> cell.as().get("/api/v1/authorities")));
        ops.add(op("GET /api/v1/openapi.yaml", null, COUNCIL, cell -> cell.as().get("/api/v1/openapi.yaml")));
        return ops;
    }

    private void plansAndTransfers(List<MatrixOperation> ops) {
        ops.add(op("PUT /api/v1/plans/{planId}", COUNCIL, COUNCIL, cell -> {
            String planId = fixtures.plan(COUNCIL);
            return cell.as().put("/api/v1/plans/" + planId, Plans.golden(planId).toString(), cell.key());
        }));
        Supplier<String> plan = shared(() -> fixtures.plan(COUNCIL));
        ops.add(op("GET /api/v1/plans/{planId}", COUNCIL, COUNCIL, cell ->
                cell.as().get("/api/v1/plans/" + plan.get())));
        ops.add(op("PUT /api/v1/plans/{planId}/documents/{reference}", COUNCIL, COUNCIL, cell ->
                cell.as().putDocument("/api/v1/plans/" + fixtures.plan(COUNCIL) + "/documents/" + DOCUMENT,
                        "application/pdf", HttpRequest.BodyPublishers.ofByteArray(MatrixFixtures.PDF))));
        Supplier<String> withDocument = shared(() -> fixtures.planWithDocument(COUNCIL));
        ops.add(op("GET /api/v1/plans/{planId}/documents/{reference}", COUNCIL, COUNCIL, cell ->
                cell.as().get("/api/v1/plans/" + withDocument.get() + "/documents/" + DOCUMENT)));
        ops.add(op("POST /api/v1/transfers", COUNCIL, COUNCIL, cell -> cell.as().post("/api/v1/transfers",
                MatrixFixtures.transferRequest(fixtures.plan(COUNCIL), COUNCIL, SENDER), cell.key())));
        Supplier<String> transfer = shared(fixtures::transfer);
        ops.add(op("GET /api/v1/transfers/{transferId}", COUNCIL, COUNCIL, cell ->
                cell.as().get("/api/v1/transfers/" + transfer.get())));
    }

    private void inbox(List<MatrixOperation> ops) {
        ops.add(op("GET /api/v1/councils/{council}/inbox", COUNCIL, COUNCIL, cell ->
                cell.as().get("/api/v1/councils/" + COUNCIL + "/inbox")));
        Supplier<MatrixFixtures.Delivered> delivered = shared(fixtures::delivered);
        ops.add(op("GET /api/v1/councils/{council}/inbox/{transferId}", COUNCIL, COUNCIL, cell ->
                cell.as().get("/api/v1/councils/" + cell.inbox() + "/inbox/" + delivered.get().transferId())));
        ops.add(op("GET /api/v1/councils/{council}/inbox/{transferId}/documents/{part}", COUNCIL, COUNCIL, cell ->
                cell.as().get("/api/v1/councils/" + cell.inbox() + "/inbox/" + delivered.get().transferId()
                        + "/documents/" + delivered.get().partName())));
        ops.add(op("POST /api/v1/councils/{council}/inbox/{transferId}/acknowledgement", COUNCIL, COUNCIL, cell ->
                cell.as().postEmpty("/api/v1/councils/" + cell.inbox() + "/inbox/" + fixtures.delivered().transferId()
                        + "/acknowledgement")));
        ops.add(op("POST /api/v1/councils/{council}/inbox/{transferId}/assessment-case", COUNCIL, COUNCIL, cell ->
                cell.as().post("/api/v1/councils/" + cell.inbox() + "/inbox/" + fixtures.handOver()
                        + "/assessment-case", "{\"receivedOn\":\"2026-05-04\",\"reuse\":[]}", cell.key())));
    }

    private void adviceRequests(List<MatrixOperation> ops) {
        ops.add(op("POST /api/v1/councils/{council}/advice-requests", COUNCIL, COUNCIL, cell ->
                cell.as().post("/api/v1/councils/" + COUNCIL + "/advice-requests",
                        AdviceRequestTest.newRequest("MEDICAL", RunningHub.TRUST, null).toString(), cell.key())));
        ops.add(op("GET /api/v1/councils/{council}/advice-requests", COUNCIL, COUNCIL, cell ->
                cell.as().get("/api/v1/councils/" + COUNCIL + "/advice-requests")));
        Supplier<String> socialCare = shared(fixtures::socialCareRequest);
        ops.add(op("GET /api/v1/advice-requests/{requestId}", COUNCIL, COUNCIL, cell ->
                cell.as().get("/api/v1/advice-requests/" + socialCare.get())));
        ops.add(op("POST /api/v1/advice-requests/{requestId}/status", COUNCIL, COUNCIL, cell ->
                cell.as().post("/api/v1/advice-requests/" + fixtures.socialCareRequest() + "/status",
                        "{\"status\":\"IN_PROGRESS\"}", null)));
        ops.add(op("POST /api/v1/advice-requests/{requestId}/health-advice", RunningHub.TRUST, RunningHub.TRUST,
                cell -> {
                    String requestId = fixtures.medicalRequest();
                    return cell.as().post("/api/v1/advice-requests/" + requestId + "/health-advice",
                            AdviceRequestTest.healthAdvice(requestId).toString(), cell.key());
                }));
        ops.add(op("POST /api/v1/advice-requests/{requestId}/social-care-assessment", COUNCIL, COUNCIL, cell -> {
            String requestId = fixtures.socialCareRequest();
            return cell.as().post("/api/v1/advice-requests/" + requestId + "/social-care-assessment",
                    MatrixFixtures.assessment(requestId).toString(), cell.key());
        }));
    }

    private void otherAdvice(List<MatrixOperation> ops) {
        ops.add(op("POST /api/v1/advice-requests/{requestId}/advice", RunningHub.EPS_919, COUNCIL, cell -> {
            String requestId = fixtures.psychologicalRequest();
            return cell.as().post("/api/v1/advice-requests/" + requestId + "/advice",
                    MatrixFixtures.adviceDocument(requestId, "PSYCHOLOGICAL").toString(), cell.key());
        }));
    }

    private void adviceInbox(List<MatrixOperation> ops) {
        String inbox = "/api/v1/councils/";
        ops.add(op("GET /api/v1/councils/{council}/inbox/advice", COUNCIL, COUNCIL, cell ->
                cell.as().get(inbox + COUNCIL + "/inbox/advice")));
        Supplier<MatrixFixtures.Received> health = shared(fixtures::healthAdvice);
        ops.add(op("GET /api/v1/councils/{council}/inbox/advice/{responseId}", COUNCIL, COUNCIL, cell ->
                cell.as().get(inbox + cell.inbox() + "/inbox/advice/" + health.get().responseId())));
        ops.add(op("GET /api/v1/councils/{council}/inbox/advice/{responseId}/attachments/{sha256}", COUNCIL, COUNCIL,
                cell -> cell.as().get(inbox + cell.inbox() + "/inbox/advice/" + health.get().responseId()
                        + "/attachments/" + health.get().attachmentSha256())));
        ops.add(op("POST /api/v1/councils/{council}/inbox/advice/{responseId}/acknowledgement", COUNCIL, COUNCIL,
                cell -> cell.as().postEmpty(inbox + cell.inbox() + "/inbox/advice/"
                        + fixtures.socialCareAssessment().responseId() + "/acknowledgement")));
        Supplier<MatrixFixtures.Received> assessment = shared(fixtures::socialCareAssessment);
        ops.add(op("GET /api/v1/councils/{council}/inbox/advice/{responseId}/proposed-sections", COUNCIL, COUNCIL,
                cell -> cell.as().get(inbox + cell.inbox() + "/inbox/advice/" + assessment.get().responseId()
                        + "/proposed-sections")));
    }

    private void placements(List<MatrixOperation> ops) {
        ops.add(op("POST /api/v1/placement-notifications", SENDER, SENDER, cell ->
                cell.as().post("/api/v1/placement-notifications",
                        MatrixFixtures.placementRequest(fixtures.placeablePlan(SENDER)), cell.key())));
        Supplier<String> placement = shared(fixtures::placement);
        for (String[] door : new String[][] {{"councils", COUNCIL, COUNCIL}, {"icbs", RunningHub.ICB,
                MatrixCredentials.icbClient()}}) {
            String prefix = "/api/v1/" + door[0] + "/";
            String authority = door[1];
            String client = door[2];
            ops.add(op("GET " + prefix + "{authority}/inbox/placements", client, authority, cell ->
                    cell.as().get(prefix + authority + "/inbox/placements")));
            ops.add(op("GET " + prefix + "{authority}/inbox/placements/{notificationId}", client, authority, cell ->
                    cell.as().get(prefix + cell.inbox() + "/inbox/placements/" + placement.get())));
            ops.add(op("POST " + prefix + "{authority}/inbox/placements/{notificationId}/acknowledgement", client,
                    authority, cell -> cell.as().postEmpty(prefix + cell.inbox() + "/inbox/placements/"
                            + fixtures.placement() + "/acknowledgement")));
        }
    }

    private void reviews(List<MatrixOperation> ops) {
        String councils = "/api/v1/councils/";
        Supplier<String> plan = shared(() -> fixtures.plan(COUNCIL));
        ops.add(op("GET /api/v1/councils/{council}/plans/{planId}/reviews", COUNCIL, COUNCIL, cell ->
                cell.as().get(councils + COUNCIL + "/plans/" + plan.get() + "/reviews")));
        ops.add(op("POST /api/v1/councils/{council}/plans/{planId}/reviews", COUNCIL, COUNCIL, cell ->
                cell.as().post(councils + COUNCIL + "/plans/" + fixtures.plan(COUNCIL) + "/reviews",
                        MatrixFixtures.newReview(), cell.key())));
        Supplier<String> review = shared(fixtures::review);
        ops.add(op("GET /api/v1/councils/{council}/reviews/{reviewId}", COUNCIL, COUNCIL, cell ->
                cell.as().get(councils + cell.inbox() + "/reviews/" + review.get())));
        ops.add(op("POST /api/v1/councils/{council}/reviews/{reviewId}/steps", COUNCIL, COUNCIL, cell ->
                cell.as().post(councils + cell.inbox() + "/reviews/" + fixtures.review() + "/steps",
                        "{\"step\": \"MEETING_HELD\", \"on\": \"" + SoapFixtures.today() + "\"}", cell.key())));
        ops.add(op("POST /api/v1/councils/{council}/reviews/{reviewId}/advice-requests", COUNCIL, COUNCIL, cell ->
                cell.as().post(councils + cell.inbox() + "/reviews/" + fixtures.review() + "/advice-requests",
                        "{\"adviser\": \"HEALTH\", \"party\": \"" + RunningHub.TRUST + "\"}", cell.key())));
        ops.add(op("GET /api/v1/review-advice-requests", COUNCIL, COUNCIL, cell ->
                cell.as().get("/api/v1/review-advice-requests")));
        Supplier<String> socialCare = shared(fixtures::socialCareReviewAdvice);
        ops.add(op("GET /api/v1/review-advice-requests/{requestId}", COUNCIL, COUNCIL, cell ->
                cell.as().get("/api/v1/review-advice-requests/" + socialCare.get())));
        ops.add(op("POST /api/v1/review-advice-requests/{requestId}/answer", COUNCIL, COUNCIL, cell ->
                cell.as().post("/api/v1/review-advice-requests/" + fixtures.socialCareReviewAdvice() + "/answer",
                        "{\"advice\": \"Known to the children with disabilities team; no change.\"}", cell.key())));
    }

    /** Each step on a fresh case of Hertfordshire's in the state the step needs (AssessmentJourneyTest's dates). */
    private void assessments(List<MatrixOperation> ops) {
        String cases = "/api/v1/councils/" + COUNCIL + "/cases/";
        ops.add(op("POST /api/v1/councils/{council}/assessment-requests", COUNCIL, COUNCIL, cell ->
                cell.as().post("/api/v1/councils/" + COUNCIL + "/assessment-requests",
                        AssessmentJourneyTest.request("2026-03-02", 1), cell.key())));
        ops.add(op("POST /api/v1/councils/{council}/cases/{caseId}/assessment-decision", COUNCIL, COUNCIL, cell ->
                cell.as().post(cases + AssessmentJourneyTest.openCase(hub) + "/assessment-decision",
                        "{\"outcome\":\"Y\",\"decidedOn\":\"2026-04-10\"}", cell.key())));
        ops.add(op("POST /api/v1/councils/{council}/cases/{caseId}/decision-not-to-issue", COUNCIL, COUNCIL, cell ->
                cell.as().post(cases + AssessmentJourneyTest.assessingCase(hub) + "/decision-not-to-issue",
                        "{\"notifiedOn\":\"2026-06-22\"}", cell.key())));
        ops.add(op("POST /api/v1/councils/{council}/cases/{caseId}/draft-plan", COUNCIL, COUNCIL, cell ->
                cell.as().post(cases + AssessmentJourneyTest.assessingCase(hub) + "/draft-plan",
                        "{\"servedOn\":\"2026-06-15\"}", cell.key())));
        ops.add(op("POST /api/v1/councils/{council}/cases/{caseId}/representations", COUNCIL, COUNCIL, cell ->
                cell.as().post(cases + AssessmentJourneyTest.draftedCase(hub) + "/representations",
                        "{\"receivedOn\":\"2026-06-26\"}", cell.key())));
        ops.add(op("POST /api/v1/councils/{council}/cases/{caseId}/final-plan", COUNCIL, COUNCIL, cell ->
                cell.as().post(cases + AssessmentJourneyTest.draftedCase(hub) + "/final-plan",
                        "{\"issuedOn\":\"2026-07-20\",\"planId\":\"" + fixtures.plan(COUNCIL) + "\"}",
                        cell.key())));
        ops.add(op("POST /api/v1/councils/{council}/cases/{caseId}/clock-exceptions", COUNCIL, COUNCIL, cell ->
                cell.as().post(cases + AssessmentJourneyTest.openCase(hub) + "/clock-exceptions",
                        "{\"clock\":\"FINAL_PLAN\",\"exception\":\"ABSENT_FROM_AREA\",\"reason\":\"away\"}",
                        cell.key())));
        ops.add(op("POST /api/v1/councils/{council}/cases/{caseId}/export", COUNCIL, COUNCIL, cell ->
                cell.as().post(cases + AssessmentJourneyTest.openCase(hub) + "/export",
                        "{\"toCouncil\":\"821\",\"movedOn\":\"2026-03-20\"}", cell.key())));
        Supplier<String> opened = shared(() -> AssessmentJourneyTest.openCase(hub));
        ops.add(op("GET /api/v1/councils/{council}/cases/{caseId}/journey", COUNCIL, COUNCIL, cell ->
                cell.as().get(cases + opened.get() + "/journey")));
        ops.add(op("GET /api/v1/councils/{council}/clocks", COUNCIL, COUNCIL, cell ->
                cell.as().get("/api/v1/councils/" + COUNCIL + "/clocks")));
        ops.add(op("GET /api/v1/parties/{party}/clocks", COUNCIL, COUNCIL, cell ->
                cell.as().get("/api/v1/parties/" + COUNCIL + "/clocks")));
        for (String report : List.of("", "/report")) {
            ops.add(op("GET /api/v1/councils/{council}/sen2/{year}" + report, COUNCIL, COUNCIL, cell ->
                    cell.as().get("/api/v1/councils/" + COUNCIL + "/sen2/2027" + report + "?dmo=Y&dco=Y&dsco=N")));
        }
    }

    private void disclosureBases(List<MatrixOperation> ops) {
        Supplier<String> plan = shared(() -> fixtures.plan(COUNCIL));
        String bases = "/api/v1/plans/{planId}/disclosure-bases";
        ops.add(op("POST " + bases, COUNCIL, COUNCIL, cell -> cell.as().post(bases.replace("{planId}", plan.get()),
                MatrixFixtures.placementConsent(), cell.key())));
        ops.add(op("GET " + bases, COUNCIL, COUNCIL, cell -> cell.as().get(bases.replace("{planId}", plan.get()))));
        Supplier<String> basis = shared(() -> MatrixFixtures.recordPlacementConsent(hub, COUNCIL, plan.get()));
        ops.add(op("POST " + bases + "/{basisId}/withdrawal", COUNCIL, COUNCIL, cell -> cell.as().postEmpty(
                bases.replace("{planId}", plan.get()) + "/" + basis.get() + "/withdrawal")));
    }

    /**
     * @param rightClient    RunningHub's name for the API client entitled to the call; null for a public one
     * @param rightAuthority the authority whose inbox (if any) the right caller names
     */
    private MatrixOperation op(String name, String rightClient, String rightAuthority,
                               java.util.function.Function<Cell, HttpResponse<String>> call) {
        BiFunction<Caller, String, RunningHub.Call> as = (caller, client) -> {
            String bearer = credentials.restBearer(caller, client);
            return bearer == null ? hub.anonymous() : hub.bearer(bearer);
        };
        return new MatrixOperation(name, caller -> Observed.rest(call.apply(new Cell(caller,
                as.apply(caller, rightClient), rightAuthority))));
    }
}
