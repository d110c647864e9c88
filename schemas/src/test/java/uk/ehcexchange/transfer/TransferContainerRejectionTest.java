package uk.ehcexchange.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One test (at least) per rejection code, each on a container crafted with java.util.zip. */
class TransferContainerRejectionTest {

    private static final ContainerLimits LIMITS = ContainerLimits.of(50L << 20);
    private static final byte[] PLAN = Fixtures.resource(Fixtures.GOLDEN_PLAN);
    private static final byte[] REPORT = Fixtures.pdfLike(3_000);
    private static final String REPORT_NAME = "attachments/1-report.pdf";

    private static RawZip valid() {
        return new RawZip().add(PartNames.PLAN, PLAN).add(REPORT_NAME, REPORT);
    }

    private static ContainerRejectedException rejected(byte[] container) {
        return rejected(container, LIMITS, new Fixtures.MemorySink());
    }

    private static ContainerRejectedException rejected(byte[] container, ContainerLimits limits,
            Fixtures.MemorySink sink) {
        ContainerRejectedException e = catchThrowableOfType(
                () -> new TransferContainerReader(limits).read(new ByteArrayInputStream(container), sink),
                ContainerRejectedException.class);
        assertThat(e).as("rejected").isNotNull();
        assertThat(e.getMessage()).startsWith(e.code())
                .doesNotContain("9993110469", "U919236820041", "Theo", "Marchetti", "2016-05-09");
        return e;
    }

    @Test
    void validCraftedContainerIsAccepted() throws Exception {
        RawZip zip = valid();
        byte[] container = zip.addManifest(zip.manifestForEntries()).bytes();
        TransferManifestV1 manifest = new TransferContainerReader(LIMITS)
                .read(new ByteArrayInputStream(container), new Fixtures.MemorySink());
        assertThat(manifest.parts()).extracting(ManifestPart::name).containsExactly(PartNames.PLAN, REPORT_NAME);
    }

    @Test
    void storedEntriesAreAcceptedToo() throws Exception {
        RawZip zip = new RawZip().addStored(PartNames.PLAN, PLAN).addStored(REPORT_NAME, REPORT);
        byte[] container = zip.addManifest(zip.manifestForEntries()).bytes();
        Fixtures.MemorySink sink = new Fixtures.MemorySink();
        new TransferContainerReader(LIMITS).read(new ByteArrayInputStream(container), sink);
        assertThat(sink.bytes(REPORT_NAME)).isEqualTo(REPORT);
    }

    @Test
    void malformedContainer_notAZip() {
        byte[] notZip = "%PDF-1.7 this is not a zip archive".getBytes(StandardCharsets.US_ASCII);
        assertThat(rejected(notZip).rejection()).isEqualTo(ContainerRejection.MALFORMED_CONTAINER);
    }

    @Test
    void malformedContainer_truncated() throws Exception {
        byte[] whole = Fixtures.goldenContainer().bytes();
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);
        assertThat(rejected(truncated).rejection()).isEqualTo(ContainerRejection.MALFORMED_CONTAINER);
    }

    @Test
    void malformedContainer_corruptedEntryData() throws Exception {
        RawZip zip = new RawZip().addStored(PartNames.PLAN, PLAN);
        byte[] container = zip.addManifest(zip.manifestForEntries()).bytes();
        container[100] ^= 0x55; // inside the stored plan: the CRC no longer matches
        assertThat(rejected(container).rejection()).isEqualTo(ContainerRejection.MALFORMED_CONTAINER);
    }

    @Test
    void malformedContainer_entryAfterManifest() {
        RawZip zip = valid();
        ObjectNode manifest = zip.manifestForEntries();
        byte[] container = zip.addManifest(manifest).add("attachments/2-late.pdf", REPORT).bytes();
        ContainerRejectedException e = rejected(container);
        assertThat(e.rejection()).isEqualTo(ContainerRejection.MALFORMED_CONTAINER);
        assertThat(e.getMessage()).contains("manifest.json");
    }

    @Test
    void malformedContainer_centralDirectoryDisagreesWithLocalHeaders() {
        RawZip zip = valid();
        byte[] container = zip.addManifest(zip.manifestForEntries()).bytes();
        // the last occurrence of the name is in the central directory: a ZipFile reader would see another part
        byte[] forged = Fixtures.patchLast(container, REPORT_NAME, "attachments/1-rEport.pdf");
        ContainerRejectedException e = rejected(forged);
        assertThat(e.rejection()).isEqualTo(ContainerRejection.MALFORMED_CONTAINER);
        assertThat(e.getMessage()).contains("central directory");
    }

    @Test
    void malformedContainer_dataAfterTheArchive() {
        RawZip zip = valid();
        byte[] container = zip.addManifest(zip.manifestForEntries()).bytes();
        byte[] extended = Arrays.copyOf(container, container.length + 10);
        assertThat(rejected(extended).rejection()).isEqualTo(ContainerRejection.MALFORMED_CONTAINER);
    }

    @Test
    void malformedContainer_lotsOfDataAfterTheArchiveIsNotReadToTheEnd() {
        RawZip zip = valid();
        byte[] container = zip.addManifest(zip.manifestForEntries()).bytes();
        byte[] extended = Arrays.copyOf(container, container.length + (4 << 20));
        assertThat(rejected(extended).getMessage()).contains("after the last entry");
    }

    @Test
    void manifestMissing() {
        assertThat(rejected(valid().bytes()).code()).isEqualTo("manifest-missing");
    }

    @Test
    void manifestInvalid_missingRequiredField() {
        RawZip zip = valid();
        ObjectNode manifest = zip.manifestForEntries();
        manifest.remove("toAuthority");
        ContainerRejectedException e = rejected(zip.addManifest(manifest).bytes());
        assertThat(e.code()).isEqualTo("manifest-invalid");
        assertThat(e.getMessage()).contains("$.toAuthority: required");
    }

    @Test
    void manifestInvalid_unknownFieldIsRejectedByNameNotValue() {
        RawZip zip = valid();
        ObjectNode manifest = zip.manifestForEntries();
        manifest.put("childName", "Theo Marchetti-Hale");
        ContainerRejectedException e = rejected(zip.addManifest(manifest).bytes());
        assertThat(e.code()).isEqualTo("manifest-invalid");
        assertThat(e.getMessage()).contains("unknown-field childName");
    }

    @Test
    void manifestInvalid_badIdentifierIsNamedButNotQuoted() {
        RawZip zip = valid();
        ObjectNode manifest = zip.manifestForEntries();
        ((ObjectNode) manifest.get("child")).put("nhsNumber", "99931104");
        ContainerRejectedException e = rejected(zip.addManifest(manifest).bytes());
        assertThat(e.code()).isEqualTo("manifest-invalid");
        assertThat(e.getMessage()).contains("$.child.nhsNumber: format").doesNotContain("99931104");
    }

    @Test
    void manifestInvalid_notJsonAndParserTextIsNotQuoted() {
        byte[] container = valid().add(PartNames.MANIFEST, "{\"formatVersion\": \"1\", Theo}").bytes();
        ContainerRejectedException e = rejected(container);
        assertThat(e.code()).isEqualTo("manifest-invalid");
        assertThat(e.getMessage()).contains("line 1").doesNotContain("Theo");
        assertThat(e.getCause()).isNull();
    }

    @Test
    void manifestInvalid_twoPlanParts() {
        RawZip zip = valid();
        ObjectNode manifest = zip.manifestForEntries();
        ((ObjectNode) manifest.withArray("parts").get(1)).put("role", "plan");
        ContainerRejectedException e = rejected(zip.addManifest(manifest).bytes());
        assertThat(e.code()).isEqualTo("manifest-invalid");
        assertThat(e.getMessage()).contains("$.parts[1].role: matches-folder", "$.parts: exactly-one-plan");
    }

    @Test
    void unsupportedFormatVersion() {
        RawZip zip = valid();
        ObjectNode manifest = zip.manifestForEntries();
        manifest.put("formatVersion", "2");
        manifest.put("somethingNewInVersion2", true);
        assertThat(rejected(zip.addManifest(manifest).bytes()).code()).isEqualTo("unsupported-format-version");
    }

    @Test
    void unsupportedFormatVersion_evenWhenTheLaterVersionNamesPartsDifferently() {
        RawZip zip = valid().add("transcripts/1-meeting.txt", "a folder version 1 does not know");
        ObjectNode manifest = zip.manifestForEntries();
        manifest.put("formatVersion", "2");
        Fixtures.MemorySink sink = new Fixtures.MemorySink();
        ContainerRejectedException e = rejected(zip.addManifest(manifest).bytes(), LIMITS, sink);
        assertThat(e.code()).isEqualTo("unsupported-format-version");
        assertThat(sink.parts).doesNotContainKey("transcripts/1-meeting.txt");
    }

    @Test
    void partDigestMismatch() {
        RawZip zip = valid();
        ObjectNode manifest = zip.manifestForEntries();
        ((ObjectNode) manifest.withArray("parts").get(1)).put("sha256", Fixtures.sha256(new byte[] {1}));
        ContainerRejectedException e = rejected(zip.addManifest(manifest).bytes());
        assertThat(e.code()).isEqualTo("part-digest-mismatch");
        assertThat(e.partName()).isEqualTo(REPORT_NAME);
    }

    @Test
    void partSizeMismatch() {
        RawZip zip = valid();
        ObjectNode manifest = zip.manifestForEntries();
        ((ObjectNode) manifest.withArray("parts").get(0)).put("size", PLAN.length + 1);
        ContainerRejectedException e = rejected(zip.addManifest(manifest).bytes());
        assertThat(e.code()).isEqualTo("part-size-mismatch");
        assertThat(e.partName()).isEqualTo(PartNames.PLAN);
    }

    @Test
    void missingPart() {
        RawZip listed = valid().add("advice/1-health-advice.json", "{}");
        ObjectNode manifest = listed.manifestForEntries();
        byte[] container = valid().addManifest(manifest).bytes();
        ContainerRejectedException e = rejected(container);
        assertThat(e.code()).isEqualTo("missing-part");
        assertThat(e.partName()).isEqualTo("advice/1-health-advice.json");
    }

    @Test
    void missingPlan() {
        RawZip listed = valid();
        ObjectNode manifest = listed.manifestForEntries();
        byte[] container = new RawZip().add(REPORT_NAME, REPORT).addManifest(manifest).bytes();
        ContainerRejectedException e = rejected(container);
        assertThat(e.code()).isEqualTo("missing-part");
        assertThat(e.partName()).isEqualTo(PartNames.PLAN);
    }

    @Test
    void unexpectedPart() {
        ObjectNode manifest = valid().manifestForEntries();
        byte[] container = valid().add("attachments/2-extra.pdf", REPORT).addManifest(manifest).bytes();
        ContainerRejectedException e = rejected(container);
        assertThat(e.code()).isEqualTo("unexpected-part");
        assertThat(e.partName()).isEqualTo("attachments/2-extra.pdf");
    }

    @Test
    void duplicatePart() {
        // java.util.zip refuses to write a duplicate name, so write a look-alike and patch it afterwards
        RawZip zip = valid().add("attachments/1-report.pdX", REPORT);
        byte[] container = Fixtures.patch(zip.addManifest(valid().manifestForEntries()).bytes(),
                "attachments/1-report.pdX", REPORT_NAME);
        ContainerRejectedException e = rejected(container);
        assertThat(e.code()).isEqualTo("duplicate-part");
        assertThat(e.partName()).isEqualTo(REPORT_NAME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../plan/ehc-plan.json", "/plan/ehc-plan.json", "attachments/..\\evil.pdf",
            "attachments\\1-report.pdf", "attachments/", "plan/", "attachments/1-Report.pdf",
            "attachments/report.pdf", "attachments/1-report", "attachments/1-re..port.pdf",
            "attachments/sub/1-report.pdf", "social-care/1-assessment.pdf", "advice/1-report.docx",
            "other/1-report.pdf", "Manifest.json", "plan/ehc-plan.json ", "attachments/1-r\u00e9port.pdf"})
    void unsafePartName(String name) {
        Fixtures.MemorySink sink = new Fixtures.MemorySink();
        byte[] container = new RawZip().add(name, REPORT).add(PartNames.PLAN, PLAN).bytes();
        ContainerRejectedException e = rejected(container, LIMITS, sink);
        assertThat(e.code()).isEqualTo("unsafe-part-name");
        assertThat(sink.parts.keySet()).as("the unsafe entry never reaches the sink").containsOnly(PartNames.PLAN);
        assertThat(e.partName()).matches("[A-Za-z0-9._/?-]*");
    }

    @Test
    void unsafePartName_tooLong() {
        String name = "attachments/1-" + "a".repeat(200 - "attachments/1-.pdf".length() + 1) + ".pdf";
        assertThat(name).hasSize(201);
        String justFits = name.substring(0, 14) + name.substring(15);
        assertThat(PartNames.isValidPartName(justFits)).isTrue();
        assertThat(rejected(new RawZip().add(name, REPORT).bytes()).code()).isEqualTo("unsafe-part-name");
    }

    @Test
    void tooManyParts() {
        RawZip zip = new RawZip().add(PartNames.PLAN, PLAN);
        for (int i = 1; i <= 3; i++) {
            zip.add("attachments/" + i + "-report.pdf", REPORT);
        }
        byte[] container = zip.addManifest(zip.manifestForEntries()).bytes();
        ContainerLimits threeParts = new ContainerLimits(3, 50L << 20, 50L << 20, 100);
        assertThat(rejected(container, threeParts, new Fixtures.MemorySink()).code()).isEqualTo("too-many-parts");
    }

    @Test
    void tooManyParts_formatCeilingIsOneThousand() {
        RawZip zip = new RawZip().add(PartNames.PLAN, PLAN);
        for (int i = 1; i <= 1000; i++) {
            zip.add("attachments/" + i + "-note.pdf", new byte[] {(byte) i});
        }
        assertThat(rejected(zip.bytes()).code()).isEqualTo("too-many-parts");
    }

    @Test
    void containerTooLarge_total() {
        RawZip zip = valid();
        byte[] container = zip.addManifest(zip.manifestForEntries()).bytes();
        ContainerLimits small = new ContainerLimits(1000, PLAN.length + 1000, PLAN.length + 1000, 100);
        assertThat(rejected(container, small, new Fixtures.MemorySink()).code()).isEqualTo("container-too-large");
    }

    @Test
    void containerTooLarge_singlePart() {
        RawZip zip = valid();
        byte[] container = zip.addManifest(zip.manifestForEntries()).bytes();
        ContainerLimits smallParts = new ContainerLimits(1000, 50L << 20, PLAN.length - 1, 100);
        ContainerRejectedException e = rejected(container, smallParts, new Fixtures.MemorySink());
        assertThat(e.code()).isEqualTo("container-too-large");
        assertThat(e.partName()).isEqualTo(PartNames.PLAN);
    }

    @Test
    void compressionRatioExceeded() {
        byte[] zeros = new byte[16 << 20]; // deflates about 1000:1
        RawZip zip = valid().add("attachments/2-zeros.pdf", zeros);
        byte[] container = zip.addManifest(zip.manifestForEntries()).bytes();
        ContainerRejectedException e = rejected(container);
        assertThat(e.code()).isEqualTo("compression-ratio-exceeded");
        assertThat(e.partName()).isEqualTo("attachments/2-zeros.pdf");
    }

    @Test
    void everyCodeIsStableKebabCase() {
        assertThat(Arrays.stream(ContainerRejection.values()).map(ContainerRejection::code)
                .collect(Collectors.toList())).containsExactly("malformed-container", "manifest-missing",
                "manifest-invalid", "unsupported-format-version", "part-digest-mismatch", "part-size-mismatch",
                "missing-part", "unexpected-part", "duplicate-part", "unsafe-part-name", "too-many-parts",
                "container-too-large", "compression-ratio-exceeded");
    }

    private static final class RawZip extends Fixtures.RawZip {
        @Override
        RawZip add(String name, byte[] content) {
            super.add(name, content);
            return this;
        }

        @Override
        RawZip add(String name, String content) {
            super.add(name, content);
            return this;
        }

        @Override
        RawZip addStored(String name, byte[] content) {
            super.addStored(name, content);
            return this;
        }

        @Override
        RawZip addManifest(com.fasterxml.jackson.databind.JsonNode manifest) {
            super.addManifest(manifest);
            return this;
        }
    }
}
