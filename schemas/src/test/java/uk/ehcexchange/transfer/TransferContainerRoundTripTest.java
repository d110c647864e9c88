package uk.ehcexchange.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import uk.ehcexchange.model.CanonicalJson;
import uk.ehcexchange.model.EhcPlan;

class TransferContainerRoundTripTest {

    private static final ContainerLimits LIMITS = ContainerLimits.of(50L << 20);

    @Test
    void goldenContainerRoundTripsWithEveryPartIntact() throws Exception {
        Fixtures.Written written = Fixtures.goldenContainer();
        Fixtures.MemorySink sink = new Fixtures.MemorySink();

        TransferManifestV1 read = new TransferContainerReader(LIMITS)
                .read(new ByteArrayInputStream(written.bytes()), sink);

        assertThat(read).isEqualTo(written.manifest());
        assertThat(sink.parts.keySet()).containsExactly(PartNames.PLAN, "advice/1-health-advice.json",
                "advice/2-educational-psychology-report.pdf", "social-care/1-social-care-assessment.json",
                "attachments/1-speech-and-language-report.pdf");
        EhcPlan plan = CanonicalJson.mapper().readValue(sink.bytes(PartNames.PLAN), EhcPlan.class);
        assertThat(plan).isEqualTo(Fixtures.plan());
        assertThat(sink.bytes("advice/2-educational-psychology-report.pdf")).isEqualTo(Fixtures.pdfLike(20_000));
        assertThat(sink.bytes("attachments/1-speech-and-language-report.pdf")).isEqualTo(Fixtures.pdfLike(5_000));
        for (ManifestPart part : read.parts()) {
            assertThat(Fixtures.sha256(sink.bytes(part.name()))).as(part.name()).isEqualTo(part.sha256());
            assertThat((long) sink.bytes(part.name()).length).as(part.name()).isEqualTo(part.size());
        }
    }

    @Test
    void manifestIsTheLastEntryAndThereAreNoDirectoryEntries() throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Fixtures.goldenContainer().bytes()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                names.add(e.getName());
                assertThat(e.isDirectory()).isFalse();
            }
        }
        assertThat(names).hasSize(6).last().isEqualTo("manifest.json");
    }

    @Test
    void writtenManifestMatchesTheGoldenManifestOfTheSpecExample() throws Exception {
        String written = CanonicalJson.mapper().writeValueAsString(Fixtures.goldenContainer().manifest());
        JsonNode golden = CanonicalJson.mapper().readTree(Fixtures.resource("/transfer/manifest-example.json"));
        assertThat(written).isEqualTo(golden.toString());
    }

    @Test
    void sameInputGivesSameBytes() throws Exception {
        assertThat(Fixtures.goldenContainer().bytes()).isEqualTo(Fixtures.goldenContainer().bytes());
    }

    @Test
    void manifestCarriesChildIdentifiersButNoNameOrDateOfBirth() throws Exception {
        String manifest = CanonicalJson.mapper().writeValueAsString(Fixtures.goldenContainer().manifest());
        EhcPlan plan = Fixtures.plan();
        assertThat(manifest).contains(plan.child().nhsNumber(), plan.child().upn())
                .doesNotContain(plan.child().givenName(), plan.child().familyName(),
                        plan.child().dateOfBirth().toString(), plan.child().postcode());
    }

    @Test
    void finishLeavesTheUnderlyingStreamOpen() throws Exception {
        class TrackingStream extends ByteArrayOutputStream {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        }
        TrackingStream out = new TrackingStream();
        TransferContainerWriter writer = new TransferContainerWriter(out);
        writer.addJsonPart(PartNames.PLAN, PartRole.PLAN, Fixtures.plan());
        writer.finish(Fixtures.manifestWithoutParts());
        writer.close();
        assertThat(out.closed).isFalse();
        out.write(new byte[] {1, 2, 3}); // the signing layer may still write
    }

    @Test
    void writerRefusesBadNamesRolesAndMediaTypes() {
        TransferContainerWriter writer = new TransferContainerWriter(OutputStream.nullOutputStream());
        assertThatThrownBy(() -> writer.addPart("../plan.json", PartRole.ATTACHMENT, "application/json",
                new ByteArrayInputStream(new byte[1]))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> writer.addPart("attachments/1-report.pdf", PartRole.ADVICE, "application/pdf",
                new ByteArrayInputStream(new byte[1]))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> writer.addPart("attachments/1-report.pdf", PartRole.ATTACHMENT, "text/plain",
                new ByteArrayInputStream(new byte[1]))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writerRefusesDuplicatesAndFinishingWithoutAPlan() throws IOException {
        TransferContainerWriter writer = new TransferContainerWriter(OutputStream.nullOutputStream());
        writer.addPart("attachments/1-report.pdf", PartRole.ATTACHMENT, "application/pdf",
                new ByteArrayInputStream(new byte[10]));
        assertThatThrownBy(() -> writer.addPart("attachments/1-report.pdf", PartRole.ATTACHMENT,
                "application/pdf", new ByteArrayInputStream(new byte[10])))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate");
        assertThatThrownBy(() -> writer.finish(Fixtures.manifestWithoutParts()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("plan/ehc-plan.json");
    }

    @Test
    void writerRefusesAnInvalidManifestNamingFieldsNotValues() throws IOException {
        TransferContainerWriter writer = new TransferContainerWriter(OutputStream.nullOutputStream());
        writer.addJsonPart(PartNames.PLAN, PartRole.PLAN, Fixtures.plan());
        TransferManifestV1 good = Fixtures.manifestWithoutParts();
        TransferManifestV1 bad = new TransferManifestV1("1", good.packageId(), "919", "919",
                new ChildIdentifiers("99931104", null, null, null), good.planId(), good.moveDate(),
                good.awareOn(), good.transferDate(), good.deadlines(), good.createdAt(), null, null);
        assertThatThrownBy(() -> writer.finish(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("$.toAuthority: differs-from-fromAuthority")
                .hasMessageContaining("$.child.nhsNumber: format")
                .hasMessageNotContaining("99931104");
    }
}
