package uk.ehcexchange.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import uk.ehcexchange.model.CanonicalJson;
import uk.ehcexchange.model.HealthAdvice;

/**
 * Packages of kind {@code assessment}: an EHC needs assessment in progress moving with the child (issue 14 item
 * 3). One test per manifest rule the kind adds, each checked by the Java rules, the reader (as
 * {@code manifest-invalid}) and the published schema alike.
 */
class AssessmentPackageTest {

    private static final ContainerLimits LIMITS = ContainerLimits.of(50L << 20);
    private static final byte[] REQUEST = "{\"receivedOn\":\"2026-09-01\"}".getBytes(StandardCharsets.UTF_8);

    private static TransferManifestV1 manifestWithoutParts() {
        TransferManifestV1 plan = Fixtures.manifestWithoutParts();
        return TransferManifestV1.assessmentWithoutParts(plan.packageId(), "919", "821", plan.child(),
                plan.moveDate(), plan.awareOn(), plan.transferDate(), plan.createdAt());
    }

    private static Fixtures.Written written() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TransferContainerWriter writer = new TransferContainerWriter(bytes);
        writer.addPart(PartNames.ASSESSMENT_REQUEST, PartRole.ASSESSMENT_REQUEST, "application/json",
                new ByteArrayInputStream(REQUEST));
        writer.addJsonPart("advice/1-health-advice.json", PartRole.ADVICE,
                Fixtures.read("/golden/health-advice-919.json", HealthAdvice.class));
        TransferManifestV1 manifest = writer.finish(manifestWithoutParts());
        return new Fixtures.Written(bytes.toByteArray(), manifest);
    }

    @Test
    void anAssessmentPackageRoundTripsWithItsKindAndNoPlan() throws Exception {
        Fixtures.Written written = written();
        Fixtures.MemorySink sink = new Fixtures.MemorySink();
        TransferManifestV1 read = new TransferContainerReader(LIMITS).read(
                new ByteArrayInputStream(written.bytes()), sink);
        assertThat(read.kindOrDefault()).isEqualTo(PackageKind.ASSESSMENT);
        assertThat(read.planId()).isNull();
        assertThat(read.deadlines()).isEmpty();
        assertThat(read.parts()).extracting(ManifestPart::name)
                .containsExactly(PartNames.ASSESSMENT_REQUEST, "advice/1-health-advice.json");
        assertThat(sink.bytes(PartNames.ASSESSMENT_REQUEST)).isEqualTo(REQUEST);
        JsonNode tree = CanonicalJson.mapper().valueToTree(read);
        assertThat(tree.path("kind").asText()).isEqualTo("assessment");
        assertThat(tree.has("planId")).isFalse();
        assertThat(TransferSchemas.validateManifest(tree)).isEmpty();
    }

    @Test
    void aPlanManifestStillNamesNoKind() throws Exception {
        JsonNode tree = CanonicalJson.mapper().valueToTree(Fixtures.goldenContainer().manifest());
        assertThat(tree.has("kind")).isFalse();
        assertThat(Fixtures.goldenContainer().manifest().kindOrDefault()).isEqualTo(PackageKind.PLAN);
    }

    @Test
    void theWriterRefusesAnAssessmentWithoutItsRequest() {
        TransferContainerWriter writer = new TransferContainerWriter(OutputStream.nullOutputStream());
        assertThatThrownBy(() -> writer.finish(manifestWithoutParts()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(PartNames.ASSESSMENT_REQUEST);
    }

    @Test
    void unknownKindIsRefused() throws Exception {
        refusedEverywhere(assessment(m -> m.put("kind", "review")), "$.kind: enum");
    }

    @Test
    void anAssessmentNamesNoPlan() throws Exception {
        refusedEverywhere(assessment(m -> m.put("planId", "HCC-EHCP-1")), "$.planId: absent-for-assessment");
    }

    @Test
    void anAssessmentCarriesNoReg15Deadlines() throws Exception {
        ObjectNode withDeadlines = assessment(m -> m.set("deadlines",
                CanonicalJson.mapper().valueToTree(Fixtures.manifestWithoutParts().deadlines())));
        refusedEverywhere(withDeadlines, "$.deadlines: empty-for-assessment");
    }

    @Test
    void anAssessmentCarriesExactlyOneRequest() throws Exception {
        RawZip zip = new RawZip();
        zip.add("advice/1-health-advice.json", "{}");
        refusedEverywhere(zip, zip.manifestForEntries(), "$.parts: exactly-one-assessment-request");
    }

    @Test
    void anAssessmentCarriesNoPlan() throws Exception {
        RawZip zip = new RawZip();
        zip.add(PartNames.ASSESSMENT_REQUEST, REQUEST).add(PartNames.PLAN, Fixtures.resource(Fixtures.GOLDEN_PLAN));
        refusedEverywhere(zip, zip.manifestForEntries(), "$.parts: no-plan-in-assessment-package");
    }

    @Test
    void aPlanPackageCarriesNoAssessmentRequest() throws Exception {
        Fixtures.RawZip zip = new Fixtures.RawZip();
        zip.add(PartNames.PLAN, Fixtures.resource(Fixtures.GOLDEN_PLAN)).add(PartNames.ASSESSMENT_REQUEST, REQUEST);
        ObjectNode manifest = zip.manifestForEntries();
        refusedEverywhere(zip, manifest, "$.parts: no-assessment-request-in-plan-package");
    }

    @Test
    void aPlanPackageStillNeedsItsPlanId() throws Exception {
        Fixtures.RawZip zip = new Fixtures.RawZip();
        zip.add(PartNames.PLAN, Fixtures.resource(Fixtures.GOLDEN_PLAN));
        ObjectNode manifest = zip.manifestForEntries();
        manifest.remove("planId");
        refusedEverywhere(zip, manifest, "$.planId: required");
    }

    /**
     * What a version 1 receiver written before kinds existed does with an assessment package: its closed field list
     * has no {@code kind}, so it refuses the manifest rather than read it as a plan package. Shown by the same rule
     * applied to a field this reader does not know.
     */
    @Test
    void aReceiverThatDoesNotKnowAFieldRefusesRatherThanMisreads() throws Exception {
        refusedEverywhere(assessment(m -> m.put("phase", "1")), "$: unknown-field phase");
    }

    /** A valid assessment container's entries with its manifest changed by {@code fault}. */
    private static ObjectNode assessment(Consumer<ObjectNode> fault) {
        ObjectNode manifest = new RawZip().add(PartNames.ASSESSMENT_REQUEST, REQUEST).manifestForEntries();
        fault.accept(manifest);
        return manifest;
    }

    private static void refusedEverywhere(ObjectNode manifest, String problem) throws Exception {
        refusedEverywhere(new RawZip().add(PartNames.ASSESSMENT_REQUEST, REQUEST), manifest, problem);
    }

    private static void refusedEverywhere(Fixtures.RawZip zip, ObjectNode manifest, String problem)
            throws Exception {
        assertThat(ManifestRules.problems(manifest, ContainerLimits.FORMAT_MAX_PARTS)).contains(problem);
        assertThat(TransferSchemas.validateManifest(manifest)).as("schema").isNotEmpty();
        byte[] container = zip.addManifest(manifest).bytes();
        ContainerRejectedException e = catchThrowableOfType(() -> new TransferContainerReader(LIMITS)
                        .read(new ByteArrayInputStream(container), new Fixtures.MemorySink()),
                ContainerRejectedException.class);
        assertThat(e).isNotNull();
        assertThat(e.code()).isEqualTo("manifest-invalid");
        assertThat(e.getMessage()).contains(problem);
    }

    /** A crafted container whose manifest lists an assessment package (kind set, no planId, no deadlines). */
    private static final class RawZip extends Fixtures.RawZip {
        @Override
        RawZip add(String name, byte[] content) {
            super.add(name, content);
            return this;
        }

        @Override
        ObjectNode manifestForEntries() {
            ObjectNode manifest = super.manifestForEntries();
            ObjectNode assessment = CanonicalJson.mapper().valueToTree(manifestWithoutParts());
            assessment.set("parts", manifest.get("parts"));
            return assessment;
        }
    }
}
