package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.ehcexchange.hub.document.ContentStore;
import uk.ehcexchange.hub.storage.DeliveredContentRetention;
import uk.ehcexchange.hub.storage.OrphanSweep;
import uk.ehcexchange.hub.transfer.pkg.PackageStore;
import uk.ehcexchange.security.audit.AuditEvent;
import uk.ehcexchange.security.audit.AuditTrail;

/**
 * Storage that cannot be left dirty: replaced content goes once nothing refers to it, orphans are swept after their
 * grace period, and delivered content goes after its retention period with a clear 410 in its place. The jobs are
 * called directly with the time they should believe it is, rather than waiting for their interval.
 */
class StorageHousekeepingTest {

    private static final String REFERENCE_4 = "HCC-EHCP-2023-004417/K/04-medical-advice.pdf";
    private static final String REFERENCE_5 = "HCC-EHCP-2023-004417/K/05-slt-report.pdf";

    private final RunningHub hub = RunningHub.get();
    private final ContentStore content = hub.bean(ContentStore.class);

    @Test
    void theOldContentOfAReplacedDocumentIsDeletedAndAudited() throws Exception {
        String planId = submittedPlan();
        byte[] first = pdf();
        byte[] second = pdf();
        upload(planId, REFERENCE_4, first);

        upload(planId, REFERENCE_4, second);

        assertThat(content.exists(sha256(first))).as("nothing refers to the first upload any more").isFalse();
        assertThat(content.exists(sha256(second))).isTrue();
        assertThat(hub.as("919").getBytes(documentPath(planId, REFERENCE_4)).body()).isEqualTo(second);
        assertThat(hub.bean(AuditTrail.class).recent(50)).anySatisfy(event -> {
            assertThat(event.action()).isEqualTo("content.delete.replaced");
            assertThat(event.subjectId()).isEqualTo(sha256(first));
        });
    }

    @Test
    void contentAnotherDocumentStillNamesIsKept() throws Exception {
        String planId = submittedPlan();
        byte[] shared = pdf();
        upload(planId, REFERENCE_4, shared);
        upload(planId, REFERENCE_5, shared);

        upload(planId, REFERENCE_4, pdf());

        assertThat(content.exists(sha256(shared))).as("reference 5 still names it").isTrue();
        assertThat(hub.as("919").getBytes(documentPath(planId, REFERENCE_5)).body()).isEqualTo(shared);
    }

    @Test
    void theSweepDeletesOnlyOldFilesNothingRefersTo() throws Exception {
        Instant twoHoursAgo = Instant.now().minus(Duration.ofHours(2));
        String orphan = content.store(new ByteArrayInputStream(pdf())).sha256();
        Files.setLastModifiedTime(content.path(orphan), FileTime.from(twoHoursAgo));
        String fresh = content.store(new ByteArrayInputStream(pdf())).sha256();
        String planId = submittedPlan();
        byte[] referenced = pdf();
        upload(planId, REFERENCE_4, referenced);
        Files.setLastModifiedTime(content.path(sha256(referenced)), FileTime.from(twoHoursAgo));

        OrphanSweep.Swept swept = hub.bean(OrphanSweep.class).sweep(Instant.now());

        assertThat(swept.contentFiles()).isPositive();
        assertThat(content.exists(orphan)).as("an hour past its grace period").isFalse();
        assertThat(content.exists(fresh)).as("a write may be about to commit its record").isTrue();
        assertThat(content.exists(sha256(referenced))).as("a plan document names it").isTrue();
        assertThat(hub.bean(AuditTrail.class).recent(200)).anySatisfy(event -> {
            assertThat(event.action()).isEqualTo("content.delete.orphan");
            assertThat(event.subjectId()).isEqualTo(orphan);
        });
    }

    @Test
    void deliveredContentGoesAfterItsRetentionPeriodAndAReadIsAnswered410() throws Exception {
        String planId = submittedPlan();
        byte[] report = pdf();
        upload(planId, REFERENCE_4, report);
        JsonNode item = Plans.transferredFromHertsToLuton(hub, planId);
        String transferId = item.get("transferId").asText();
        String part = item.get("documents").get(0).get("partName").asText();
        String documentPath = "/api/v1/councils/821/inbox/" + transferId + "/documents/" + part;
        assertThat(hub.as("821").getBytes(documentPath).body()).isEqualTo(report);
        hub.as("821").postEmpty("/api/v1/councils/821/inbox/" + transferId + "/acknowledgement");
        await().atMost(Duration.ofSeconds(30)).until(() -> Plans.parse(hub.as("919")
                .get("/api/v1/transfers/" + transferId).body()).get("status").asText().equals("ACKNOWLEDGED"));

        DeliveredContentRetention.Purged purged = hub.bean(DeliveredContentRetention.class)
                .purge(Instant.now().plus(Duration.ofDays(91)));

        assertThat(purged.receivedTransfers()).isPositive();
        assertThat(purged.sentPackages()).isPositive();
        HttpResponse<String> gone = hub.as("821").get(documentPath);
        assertThat(gone.statusCode()).as(gone.body()).isEqualTo(410);
        assertThat(Plans.parse(gone.body()).get("type").asText()).isEqualTo("urn:ehc-exchange:problem:content-purged");
        assertThat(hub.as("821").get("/api/v1/councils/821/inbox/" + transferId).statusCode())
                .as("the record stays").isEqualTo(200);
        assertThat(Files.exists(hub.bean(PackageStore.class).outbound(transferId))).as("the sealed package").isFalse();
        assertThat(content.exists(sha256(report))).as("the sender's plan document still names the content").isTrue();
        assertThat(hub.bean(AuditTrail.class).recent(500)).extracting(AuditEvent::action, AuditEvent::subjectId)
                .contains(org.assertj.core.groups.Tuple.tuple("retention.purge.received-transfer", transferId),
                        org.assertj.core.groups.Tuple.tuple("retention.purge.sent-package", transferId));
        assertThat(hub.bean(DeliveredContentRetention.class).purge(Instant.now().plus(Duration.ofDays(91))))
                .as("a second run, or another node, finds nothing left to do")
                .isEqualTo(new DeliveredContentRetention.Purged(0, 0, 0, 0));
    }

    private String submittedPlan() {
        String planId = Plans.freshId();
        HttpResponse<String> submitted = hub.as("919").put("/api/v1/plans/" + planId, Plans.golden(planId).toString(),
                "submit-" + planId);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        return planId;
    }

    private void upload(String planId, String reference, byte[] pdf) {
        HttpResponse<String> uploaded = hub.as("919").putDocument(documentPath(planId, reference), "application/pdf",
                HttpRequest.BodyPublishers.ofByteArray(pdf));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
    }

    private static String documentPath(String planId, String reference) {
        return "/api/v1/plans/" + planId + "/documents/" + reference;
    }

    /** A document no other test stores: content is shared by digest across the whole hub. */
    private static byte[] pdf() {
        return ("%PDF-1.7\n% invented report " + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
