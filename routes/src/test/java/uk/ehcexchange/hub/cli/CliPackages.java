package uk.ehcexchange.hub.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import uk.ehcexchange.model.CanonicalJson;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.security.SigningIdentity;
import uk.ehcexchange.security.cms.SecurePackageWriter;
import uk.ehcexchange.statutory.Reg15Clock;
import uk.ehcexchange.statutory.WorkingDayCalendar;
import uk.ehcexchange.transfer.ChildIdentifiers;
import uk.ehcexchange.transfer.DeadlineKind;
import uk.ehcexchange.transfer.PartNames;
import uk.ehcexchange.transfer.PartRole;
import uk.ehcexchange.transfer.TransferContainerWriter;
import uk.ehcexchange.transfer.TransferDeadline;
import uk.ehcexchange.transfer.TransferManifestV1;

/** Real transfer packages for the tests: the golden 919 plan in a v1 container, signed and encrypted. */
final class CliPackages {

    static final String GOLDEN_PLAN = "/uk/ehcexchange/samples/ehc-plan-919-full.json";
    static final UUID PACKAGE_ID = UUID.fromString("3f1c7a52-8d4e-4b0a-9c61-2e5d7f9a1b03");
    static final String REPORT = "attachments/1-speech-and-language-report.pdf";
    static final LocalDate AWARE_ON = LocalDate.of(2026, 11, 2);
    static final LocalDate MOVE_DATE = LocalDate.of(2026, 11, 30);

    private CliPackages() {
    }

    static EhcPlan plan() throws IOException {
        try (InputStream in = CliPackages.class.getResourceAsStream(GOLDEN_PLAN)) {
            if (in == null) {
                throw new IllegalStateException("golden plan missing from the ehc-schemas jar");
            }
            return CanonicalJson.mapper().readValue(in, EhcPlan.class);
        }
    }

    static byte[] report() {
        return "%PDF-1.7\n(generated test bytes, not a real report)\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }

    /** A container from {@code from} to {@code to}, sealed by {@code signer} for {@code recipient}. */
    static byte[] sealed(SigningIdentity signer, X509Certificate recipient, String from, String to)
            throws IOException {
        EhcPlan plan = plan();
        ByteArrayOutputStream sealed = new ByteArrayOutputStream();
        try (OutputStream signing = new SecurePackageWriter().open(sealed, signer, recipient)) {
            TransferContainerWriter container = new TransferContainerWriter(signing);
            container.addJsonPart(PartNames.PLAN, PartRole.PLAN, plan);
            container.addPart(REPORT, PartRole.ATTACHMENT, "application/pdf", new ByteArrayInputStream(report()));
            container.finish(manifest(plan, from, to));
        }
        return sealed.toByteArray();
    }

    private static TransferManifestV1 manifest(EhcPlan plan, String from, String to) {
        Reg15Clock clock = new Reg15Clock(WorkingDayCalendar.england());
        List<TransferDeadline> deadlines = List.of(
                TransferDeadline.of(DeadlineKind.TRANSFER_BY, clock.transferBy(MOVE_DATE, AWARE_ON)),
                TransferDeadline.of(DeadlineKind.FAMILY_NOTIFICATION_BY, clock.familyNotificationBy(MOVE_DATE)),
                TransferDeadline.of(DeadlineKind.REVIEW_BY, clock.reviewBy(plan.dates().lastReviewed(), MOVE_DATE)));
        return TransferManifestV1.withoutParts(PACKAGE_ID, from, to, ChildIdentifiers.of(plan.child()),
                plan.planId(), MOVE_DATE, AWARE_ON, MOVE_DATE, deadlines, Instant.parse("2026-11-30T09:15:00Z"));
    }
}
