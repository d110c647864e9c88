package uk.ehcexchange.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import uk.ehcexchange.model.CanonicalJson;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.model.HealthAdvice;
import uk.ehcexchange.model.SocialCareAssessment;
import uk.ehcexchange.statutory.Reg15Clock;
import uk.ehcexchange.statutory.WorkingDayCalendar;

/** The golden container and tools to craft bad ones with java.util.zip. */
final class Fixtures {

    static final String GOLDEN_PLAN = "/uk/ehcexchange/samples/ehc-plan-919-full.json";
    static final UUID PACKAGE_ID = UUID.fromString("3f1c7a52-8d4e-4b0a-9c61-2e5d7f9a1b03");
    static final Instant CREATED_AT = Instant.parse("2026-11-30T09:15:00Z");
    static final LocalDate AWARE_ON = LocalDate.of(2026, 11, 2);
    static final LocalDate MOVE_DATE = LocalDate.of(2026, 11, 30);
    static final LocalDate TRANSFER_DATE = LocalDate.of(2026, 11, 30);

    private Fixtures() {
    }

    static byte[] resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T read(String resource, Class<T> type) {
        try {
            return CanonicalJson.mapper().readValue(resource(resource), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EhcPlan plan() {
        return read(GOLDEN_PLAN, EhcPlan.class);
    }

    /** A deterministic "PDF-like" document: a PDF header, filler text and a trailer. */
    static byte[] pdfLike(int size) {
        byte[] header = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] trailer = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[size];
        System.arraycopy(header, 0, bytes, 0, header.length);
        long x = 0x9E3779B97F4A7C15L;
        for (int i = header.length; i < size - trailer.length; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            bytes[i] = (byte) x;
        }
        System.arraycopy(trailer, 0, bytes, size - trailer.length, trailer.length);
        return bytes;
    }

    static TransferManifestV1 manifestWithoutParts() {
        EhcPlan plan = plan();
        Reg15Clock clock = new Reg15Clock(WorkingDayCalendar.england());
        List<TransferDeadline> deadlines = List.of(
                TransferDeadline.of(DeadlineKind.TRANSFER_BY, clock.transferBy(MOVE_DATE, AWARE_ON)),
                TransferDeadline.of(DeadlineKind.FAMILY_NOTIFICATION_BY, clock.familyNotificationBy(TRANSFER_DATE)),
                TransferDeadline.of(DeadlineKind.REVIEW_BY,
                        clock.reviewBy(plan.dates().lastReviewed(), TRANSFER_DATE)));
        return TransferManifestV1.withoutParts(PACKAGE_ID, "919", "886", ChildIdentifiers.of(plan.child()),
                plan.planId(), MOVE_DATE, AWARE_ON, TRANSFER_DATE, deadlines, CREATED_AT);
    }

    /** The golden container: plan, health advice, social care assessment and a PDF-like report. */
    static Written goldenContainer() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TransferContainerWriter writer = new TransferContainerWriter(bytes);
        writer.addJsonPart(PartNames.PLAN, PartRole.PLAN, plan());
        writer.addJsonPart("advice/1-health-advice.json", PartRole.ADVICE,
                read("/golden/health-advice-919.json", HealthAdvice.class));
        writer.addPart("advice/2-educational-psychology-report.pdf", PartRole.ADVICE, "application/pdf",
                new ByteArrayInputStream(pdfLike(20_000)));
        writer.addJsonPart("social-care/1-social-care-assessment.json", PartRole.SOCIAL_CARE_ASSESSMENT,
                read("/golden/social-care-assessment-919.json", SocialCareAssessment.class));
        writer.addPart("attachments/1-speech-and-language-report.pdf", PartRole.ATTACHMENT, "application/pdf",
                new ByteArrayInputStream(pdfLike(5_000)));
        TransferManifestV1 manifest = writer.finish(manifestWithoutParts());
        return new Written(bytes.toByteArray(), manifest);
    }

    record Written(byte[] bytes, TransferManifestV1 manifest) {
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps every part in memory, in arrival order. */
    static final class MemorySink implements PartSink {
        final Map<String, ByteArrayOutputStream> parts = new LinkedHashMap<>();

        @Override
        public OutputStream open(String name) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (parts.put(name, out) != null) {
                throw new AssertionError("opened twice: " + name);
            }
            return out;
        }

        byte[] bytes(String name) {
            return parts.get(name).toByteArray();
        }
    }

    /** A ZIP written entry by entry with java.util.zip, for crafting good and bad containers. */
    static class RawZip {
        private record Entry(String name, byte[] content, boolean stored) {
        }

        private final List<Entry> entries = new ArrayList<>();

        RawZip add(String name, byte[] content) {
            entries.add(new Entry(name, content, false));
            return this;
        }

        RawZip addStored(String name, byte[] content) {
            entries.add(new Entry(name, content, true));
            return this;
        }

        RawZip add(String name, String content) {
            return add(name, content.getBytes(StandardCharsets.UTF_8));
        }

        RawZip addManifest(JsonNode manifest) {
            try {
                return add(PartNames.MANIFEST, CanonicalJson.mapper().writeValueAsBytes(manifest));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A valid manifest tree listing every entry added so far. */
        ObjectNode manifestForEntries() {
            ObjectNode manifest = CanonicalJson.mapper().valueToTree(manifestWithoutParts());
            ArrayNode parts = manifest.putArray("parts");
            for (Entry e : entries) {
                PartRole role = PartNames.roleOf(e.name);
                ObjectNode part = parts.addObject();
                part.put("name", e.name);
                part.put("role", role == null ? "attachment" : role.code());
                part.put("mediaType", e.name.endsWith(".json") ? "application/json" : "application/pdf");
                part.put("size", e.content.length);
                part.put("sha256", sha256(e.content));
            }
            return manifest;
        }

        byte[] bytes() {
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (ZipOutputStream zip = new ZipOutputStream(out)) {
                    for (Entry e : entries) {
                        ZipEntry entry = new ZipEntry(e.name);
                        if (e.stored) {
                            entry.setMethod(ZipEntry.STORED);
                            entry.setSize(e.content.length);
                            entry.setCompressedSize(e.content.length);
                            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                            crc.update(e.content);
                            entry.setCrc(crc.getValue());
                        }
                        zip.putNextEntry(entry);
                        zip.write(e.content);
                        zip.closeEntry();
                    }
                }
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Replaces the last occurrence of {@code from} (same length), e.g. a name in the central directory only. */
    static byte[] patchLast(byte[] zip, String from, String to) {
        byte[] f = from.getBytes(StandardCharsets.UTF_8);
        byte[] t = to.getBytes(StandardCharsets.UTF_8);
        byte[] out = zip.clone();
        outer:
        for (int i = out.length - f.length; i >= 0; i--) {
            for (int j = 0; j < f.length; j++) {
                if (out[i + j] != f[j]) {
                    continue outer;
                }
            }
            System.arraycopy(t, 0, out, i, t.length);
            return out;
        }
        throw new IllegalArgumentException("not found");
    }

    /** Replaces every occurrence of {@code from} by {@code to} (same length), e.g. to forge a duplicate name. */
    static byte[] patch(byte[] zip, String from, String to) {
        byte[] f = from.getBytes(StandardCharsets.UTF_8);
        byte[] t = to.getBytes(StandardCharsets.UTF_8);
        if (f.length != t.length) {
            throw new IllegalArgumentException("same length only");
        }
        byte[] out = zip.clone();
        int found = 0;
        outer:
        for (int i = 0; i + f.length <= out.length; i++) {
            for (int j = 0; j < f.length; j++) {
                if (out[i + j] != f[j]) {
                    continue outer;
                }
            }
            System.arraycopy(t, 0, out, i, t.length);
            found++;
        }
        if (found == 0) {
            throw new IllegalArgumentException("not found");
        }
        return out;
    }
}
