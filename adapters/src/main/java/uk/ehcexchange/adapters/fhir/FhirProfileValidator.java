package uk.ehcexchange.adapters.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Offline validation of FHIR R4 resources against the base specification and our profiles (published in
 * ehc-schemas under {@code uk/ehcexchange/schemas/fhir/}). Never touches the network. Building one is expensive
 * (seconds): make one at start-up, call {@link #warmUp()}, and share it; it is thread-safe.
 */
public final class FhirProfileValidator {

    private final FhirContext fhir;
    private final Path ukCoreDirectory;

    /** Our profiles on top of the base FHIR R4 definitions. */
    public FhirProfileValidator(FhirContext fhir) {
        this(fhir, null);
    }

    /**
     * As {@link #FhirProfileValidator(FhirContext)}, and also UK Core's definitions read from a folder laid out as
     * {@code ../shared/fhir/uk-core-2.0.0/} ({@code structuredefinitions/}, {@code valuesets/},
     * {@code codesystems/}), so resources that claim UK Core profiles are checked against them.
     */
    public FhirProfileValidator(FhirContext fhir, Path ukCoreDirectory) {
        this.fhir = Objects.requireNonNull(fhir, "fhir");
        this.ukCoreDirectory = ukCoreDirectory;
    }

    /** Loads every definition and runs one validation, so the first real request does not pay for it. */
    public void warmUp() {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Every issue the validator finds, errors and warnings alike; see {@link FhirIssue#anyError}. */
    public List<FhirIssue> validate(IBaseResource resource) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
