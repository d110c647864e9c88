package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ehcexchange.conformance.BadRequestTest.assertRefused;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Section K documents go up and come back byte for byte; only the owning council, only listed references. */
class PlanDocumentTest {

    static final String REFERENCE = "HCC-EHCP-2023-004417/K/04-medical-advice.pdf";
    private static final byte[] PDF = "%PDF-1.7\n% invented medical advice for tests\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private final RunningHub hub = RunningHub.get();

    @Test
    void aListedDocumentIsStoredWithItsDigestAndReturnedUnchanged() throws Exception {
        String planId = submittedPlan();

        HttpResponse<String> uploaded = hub.as("919").putDocument(documentPath(planId), "application/pdf",
                HttpRequest.BodyPublishers.ofByteArray(PDF));

        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        assertThat(Plans.parse(uploaded.body()).get("sha256").asText())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
        HttpResponse<byte[]> downloaded = hub.as("919").getBytes(documentPath(planId));
        assertThat(downloaded.statusCode()).isEqualTo(200);
        assertThat(downloaded.body()).isEqualTo(PDF);
        assertThat(downloaded.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(downloaded.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(downloaded.headers().allValues("Content-Disposition"))
                .containsExactly("attachment; filename=\"04-medical-advice.pdf\"");
        assertThat(downloaded.headers().allValues("Cache-Control")).containsExactly("no-store");
    }

    @Test
    void aDocumentSectionKDoesNotListIsRefused() {
        String planId = submittedPlan();

        assertRefused(hub.as("919").putDocument("/api/v1/plans/" + planId + "/documents/K/unlisted.pdf",
                "application/pdf", HttpRequest.BodyPublishers.ofByteArray(PDF)),
                422, "reference", "referenced-document");
    }

    @Test
    void toAnotherCouncilThePlanDoesNotExistAndItsUploadIsNotKept() {
        String planId = submittedPlan();
        String unknown = Plans.freshId();
        byte[] pdf = ("%PDF-1.7\n% Luton's upload to " + planId + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

        HttpResponse<String> hidden = hub.as("821").putDocument(documentPath(planId), "application/pdf",
                HttpRequest.BodyPublishers.ofByteArray(pdf));

        assertRefused(hidden, 404, "planId", "known-plan");
        Answers.assertAnsweredAlike(hidden, planId, hub.as("821").putDocument(documentPath(unknown),
                "application/pdf", HttpRequest.BodyPublishers.ofByteArray(pdf)), unknown);
        assertThat(hub.storesDocument(AdviceBundles.sha256(pdf))).as("no file kept").isFalse();
        assertThat(hub.partialUploads()).isZero();
        assertRefused(hub.as("919").get(documentPath(planId)), 404, "reference", "known-document");
        Answers.assertAnsweredAlike(hub.as("821").get(documentPath(planId)), planId,
                hub.as("821").get(documentPath(unknown)), unknown);
    }

    @Test
    void aRefusedUploadOfTheOwnerIsNotKeptEither() {
        String planId = submittedPlan();
        byte[] pdf = ("%PDF-1.7\n% unlisted upload to " + planId + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

        assertRefused(hub.as("919").putDocument("/api/v1/plans/" + planId + "/documents/K/unlisted.pdf",
                "application/pdf", HttpRequest.BodyPublishers.ofByteArray(pdf)),
                422, "reference", "referenced-document");
        assertRefused(hub.as("919").putDocument(documentPath(planId), "application/x-msdownload",
                HttpRequest.BodyPublishers.ofByteArray(pdf)), 415, "Content-Type", "document-media-type");
        assertThat(hub.storesDocument(AdviceBundles.sha256(pdf))).as("no file kept").isFalse();
    }

    @Test
    void anExecutableIsNotPassedOn() {
        String planId = submittedPlan();

        assertRefused(hub.as("919").putDocument(documentPath(planId), "application/x-msdownload",
                HttpRequest.BodyPublishers.ofByteArray(PDF)), 415, "Content-Type", "document-media-type");
    }

    private String submittedPlan() {
        String planId = Plans.freshId();
        hub.as("919").put("/api/v1/plans/" + planId, Plans.golden(planId).toString(), "submit-" + planId);
        return planId;
    }

    private static String documentPath(String planId) {
        return "/api/v1/plans/" + planId + "/documents/" + REFERENCE;
    }
}
