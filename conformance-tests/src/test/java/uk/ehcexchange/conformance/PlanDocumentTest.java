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

    private static final String REFERENCE = "HCC-EHCP-2023-004417/K/04-medical-advice.pdf";
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
    }

    @Test
    void aDocumentSectionKDoesNotListIsRefused() {
        String planId = submittedPlan();

        assertRefused(hub.as("919").putDocument("/api/v1/plans/" + planId + "/documents/K/unlisted.pdf",
                "application/pdf", HttpRequest.BodyPublishers.ofByteArray(PDF)), 422, "reference", "referenced-document");
    }

    @Test
    void anotherCouncilCannotUploadToThePlan() {
        String planId = submittedPlan();

        assertRefused(hub.as("821").putDocument(documentPath(planId), "application/pdf",
                HttpRequest.BodyPublishers.ofByteArray(PDF)), 403, "planId", "own-authority-only");
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
