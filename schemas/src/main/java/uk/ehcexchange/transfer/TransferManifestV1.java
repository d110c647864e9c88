package uk.ehcexchange.transfer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code manifest.json}, the last entry of a transfer container (format version 1). Published as
 * {@code https://schemas.ehcexchange.uk/v1/transfer/transfer-manifest-v1.schema.json}; described in
 * {@code schemas/transfer-package-v1.md}.
 *
 * <p>The record itself accepts anything so that a received manifest can be bound and then checked with precise
 * rejection codes; {@link TransferContainerWriter} and {@link TransferContainerReader} enforce the rules.
 *
 * @param formatVersion always {@code "1"}
 * @param packageId     unique id of this package, chosen by the sender; the receiver's idempotency key
 * @param fromAuthority DfE LA code of the old authority (the sender)
 * @param toAuthority   DfE LA code of the new authority (the receiver)
 * @param child         identifiers only; at least one
 * @param planId        the {@code planId} of {@code plan/ehc-plan.json}; absent from an assessment package
 * @param moveDate      the day the child moves (or moved)
 * @param awareOn       the day the old authority became aware of the move
 * @param transferDate  the day the old authority transfers the plan, i.e. sends this package
 * @param deadlines     the reg 15 deadlines as computed by the sender, each kind at most once
 * @param createdAt     when the container was made, UTC
 * @param parts         every entry of the container except {@code manifest.json}, in entry order
 * @param kind          {@code null} (written as nothing) for a plan package, {@link PackageKind#ASSESSMENT} for an
 *                      assessment in progress; see {@link #kindOrDefault()}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"formatVersion", "kind", "packageId", "fromAuthority", "toAuthority", "child", "planId", "moveDate",
        "awareOn", "transferDate", "deadlines", "createdAt", "parts"})
public record TransferManifestV1(
        String formatVersion,
        UUID packageId,
        String fromAuthority,
        String toAuthority,
        ChildIdentifiers child,
        String planId,
        LocalDate moveDate,
        LocalDate awareOn,
        LocalDate transferDate,
        List<TransferDeadline> deadlines,
        Instant createdAt,
        List<ManifestPart> parts,
        PackageKind kind) {

    /** The only format version this code reads and writes. */
    public static final String FORMAT_VERSION = "1";

    public TransferManifestV1 {
        deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
        parts = parts == null ? List.of() : List.copyOf(parts);
        kind = kind == PackageKind.PLAN ? null : kind;
    }

    /** The manifest's kind, {@link PackageKind#PLAN} when it names none. */
    public PackageKind kindOrDefault() {
        return kind == null ? PackageKind.PLAN : kind;
    }

    /** A version 1 manifest without parts, for {@link TransferContainerWriter#finish}. */
    public static TransferManifestV1 withoutParts(UUID packageId, String fromAuthority, String toAuthority,
            ChildIdentifiers child, String planId, LocalDate moveDate, LocalDate awareOn, LocalDate transferDate,
            List<TransferDeadline> deadlines, Instant createdAt) {
        return new TransferManifestV1(FORMAT_VERSION, packageId, fromAuthority, toAuthority, child, planId,
                moveDate, awareOn, transferDate, deadlines, createdAt, List.of(), null);
    }

    /**
     * A manifest without parts for an assessment in progress: no plan, so no {@code planId}, and no reg 15 deadlines
     * (the new council's clocks run from the day it became responsible, which it records itself).
     */
    public static TransferManifestV1 assessmentWithoutParts(UUID packageId, String fromAuthority, String toAuthority,
            ChildIdentifiers child, LocalDate moveDate, LocalDate awareOn, LocalDate transferDate, Instant createdAt) {
        return new TransferManifestV1(FORMAT_VERSION, packageId, fromAuthority, toAuthority, child, null, moveDate,
                awareOn, transferDate, List.of(), createdAt, List.of(), PackageKind.ASSESSMENT);
    }

    /** This manifest with its parts replaced. */
    public TransferManifestV1 withParts(List<ManifestPart> newParts) {
        return new TransferManifestV1(formatVersion, packageId, fromAuthority, toAuthority, child, planId,
                moveDate, awareOn, transferDate, deadlines, createdAt, newParts, kind);
    }
}
