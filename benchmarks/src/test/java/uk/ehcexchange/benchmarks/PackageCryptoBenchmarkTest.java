package uk.ehcexchange.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.Deflater;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.ehcexchange.transfer.ManifestPart;
import uk.ehcexchange.transfer.PartNames;

/**
 * The benchmark measures the real work: one round trip seals a ~1 MB package, and opening it verifies the sender and
 * gives back exactly the content that went in, part by part.
 */
class PackageCryptoBenchmarkTest {

    private static PackageCryptoBenchmark benchmark;
    private static Map<String, String> expectedSha256;

    @BeforeAll
    static void setUp() throws Exception {
        benchmark = new PackageCryptoBenchmark();
        benchmark.setUp();
        byte[] plan;
        try (InputStream in = PackageCryptoBenchmarkTest.class.getResourceAsStream(
                CanonicalPlanBenchmark.GOLDEN_PLAN)) {
            plan = in.readAllBytes();
        }
        expectedSha256 = Map.of(
                PartNames.PLAN, DigestingPartSink.sha256Hex(plan),
                PackageCryptoBenchmark.ATTACHMENT, DigestingPartSink.sha256Hex(benchmark.attachment()));
    }

    @Test
    void oneEcRoundTripGivesBackTheContentThatWentIn() throws Exception {
        assertRoundTrip(benchmark.roundTripEcP256());
    }

    @Test
    void thePlanOnlyRoundTripCarriesJustThePlan() throws Exception {
        PackageCryptoBenchmark.Opened opened = benchmark.roundTripPlanOnlyEcP256();

        assertThat(opened.parts()).containsOnlyKeys(PartNames.PLAN);
        assertThat(opened.parts().get(PartNames.PLAN).sha256()).isEqualTo(expectedSha256.get(PartNames.PLAN));
    }

    @Test
    void oneRsaRoundTripGivesBackTheContentThatWentIn() throws Exception {
        assertRoundTrip(benchmark.roundTripRsa3072());
    }

    @Test
    void openOnlyAndContainerOnlyDoTheSameWork() throws Exception {
        assertRoundTrip(benchmark.openEcP256());
        assertRoundTrip(benchmark.openRsa3072());
        PackageCryptoBenchmark.Opened plain = benchmark.containerOnly();
        assertThat(plain.parts()).hasSize(2);
        plain.parts().forEach((name, digest) -> assertThat(digest.sha256()).isEqualTo(expectedSha256.get(name)));
    }

    @Test
    void thePackageIsAboutOneMegabyteAndEncrypted() throws Exception {
        int sealedBytes = benchmark.sealEcP256();
        // The attachment does not compress; the plan JSON deflates to about 8 KB; CMS and ZIP add a few KB.
        assertThat(sealedBytes).as("1 MiB attachment + deflated plan + overhead")
                .isBetween(1_048_576 + 5_000, 1_048_576 + 100_000);
        assertThat(benchmark.sealRsa3072()).isBetween(1_048_576 + 5_000, 1_048_576 + 100_000);

        String sealed = new String(benchmark.sealedEc(), StandardCharsets.ISO_8859_1);
        assertThat(sealed).doesNotContain("HCC-EHCP-2023-004417").doesNotContain("manifest.json")
                .doesNotContain("%PDF-1.7");

        Deflater deflater = new Deflater();
        deflater.setInput(benchmark.attachment());
        deflater.finish();
        byte[] out = new byte[2 << 20];
        int compressed = deflater.deflate(out);
        deflater.end();
        assertThat(compressed).as("the attachment is incompressible, like a real PDF's streams")
                .isGreaterThan(1_048_576);
    }

    private static void assertRoundTrip(PackageCryptoBenchmark.Opened opened) {
        assertThat(opened.verified().senderAuthority()).isEqualTo(PackageCryptoBenchmark.SENDER);
        assertThat(opened.manifest().toAuthority()).isEqualTo(PackageCryptoBenchmark.RECIPIENT);
        assertThat(opened.manifest().parts()).extracting(ManifestPart::name)
                .containsExactly(PartNames.PLAN, PackageCryptoBenchmark.ATTACHMENT);
        assertThat(opened.parts()).hasSize(2);
        opened.parts().forEach((name, digest) -> assertThat(digest.sha256()).as(name)
                .isEqualTo(expectedSha256.get(name)));
        assertThat(opened.parts().get(PackageCryptoBenchmark.ATTACHMENT).size())
                .isEqualTo(PackageCryptoBenchmark.ATTACHMENT_BYTES);
    }
}
