package uk.ehcexchange.adapters.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r5.utils.validation.constants.BestPracticeWarningLevel;

/**
 * Offline validation of FHIR R4 resources against the base specification and our profiles (published in
 * ehc-schemas under {@code uk/ehcexchange/schemas/fhir/}). Never touches the network: no terminology server, no
 * fetching of unknown profiles. Loading its definitions is expensive (seconds): make one, call {@link #warmUp()}
 * (at start-up, or in the background after it) and share it; it is thread-safe.
 *
 * <p>Terminology: codes of FHIR's own and our CodeSystems are checked in memory; SNOMED CT codes are checked for
 * form and check digit only ({@link SnomedCodings}), so an unknown SNOMED concept never fails validation
 * for want of a terminology server. A profile the validator does not know (a UK Core profile named in
 * {@code meta.profile} when UK Core is not loaded) is reported as information, not as an error: the resource is
 * still checked against the base specification and our profiles.
 */
public final class FhirProfileValidator {

    private final FhirContext fhir;
    private final Path ukCoreDirectory;
    private volatile Loaded loaded;

    /** HAPI's validator and our snapshot walk over the same definitions, built once on first use. */
    private record Loaded(FhirValidator validator, SnapshotValidator snapshots) {
    }

    /** Our profiles on top of the base FHIR R4 definitions. */
    public FhirProfileValidator(FhirContext fhir) {
        this(fhir, null);
    }

    /**
     * As {@link #FhirProfileValidator(FhirContext)}, and also UK Core's definitions read from a folder laid out as
     * {@code ../shared/fhir/uk-core-2.0.0/} ({@code structuredefinitions/}, {@code valuesets/},
     * {@code codesystems/}), so resources that claim UK Core profiles are checked against them.
     *
     * <p>Constructing one is cheap: the definitions are read on first use ({@link #warmUp()}, or the first
     * validation, which then waits for them), so an application can start serving its other work first.
     */
    public FhirProfileValidator(FhirContext fhir, Path ukCoreDirectory) {
        this.fhir = Objects.requireNonNull(fhir, "fhir");
        this.ukCoreDirectory = ukCoreDirectory;
    }

    private Loaded loaded() {
        Loaded current = loaded;
        if (current == null) {
            synchronized (this) {
                current = loaded;
                if (current == null) {
                    current = load();
                    loaded = current;
                }
            }
        }
        return current;
    }

    private Loaded load() {
        PrePopulatedValidationSupport definitions = new PrePopulatedValidationSupport(fhir);
        for (IBaseResource resource : FhirDefinitions.ours(fhir)) {
            if (ukCoreDirectory == null && resource instanceof StructureDefinition profile) {
                FhirDefinitions.withoutUkCoreSlices(profile);
            }
            definitions.addResource(resource);
        }
        if (ukCoreDirectory != null) {
            FhirDefinitions.ukCore(fhir, ukCoreDirectory).forEach(definitions::addResource);
        }
        ValidationSupportChain chain = new ValidationSupportChain(
                new DefaultProfileValidationSupport(fhir),
                definitions,
                new CommonCodeSystemsTerminologyService(fhir),
                new InMemoryTerminologyServerValidationSupport(fhir),
                new SnapshotGeneratingValidationSupport(fhir));
        FhirInstanceValidator instanceValidator = new FhirInstanceValidator(chain);
        instanceValidator.setAnyExtensionsAllowed(true);
        instanceValidator.setErrorForUnknownProfiles(false);
        // dom-6 "a resource should have narrative" on every entry of every document is noise, not a finding
        instanceValidator.setBestPracticeWarningLevel(BestPracticeWarningLevel.Ignore);
        return new Loaded(fhir.newValidator().registerValidatorModule(instanceValidator),
                new SnapshotValidator(fhir, chain));
    }

    /**
     * Loads the definitions, generates the snapshots that are missing and checks a plan and an advice document
     * with both {@link #validate} and {@link #check}, so that the first real request does not pay for it.
     */
    public void warmUp() {
        Resource plan = WarmUp.document(fhir);
        validate(plan);
        check(plan);
        Resource advice = WarmUp.adviceDocument(fhir);
        validate(advice);
        check(advice);
    }

    /** Every issue the validator finds, errors and warnings alike; see {@link FhirIssue#anyError}. */
    public List<FhirIssue> validate(IBaseResource resource) {
        Objects.requireNonNull(resource, "resource");
        ValidationResult result = loaded().validator().validateWithResult(resource);
        List<FhirIssue> issues = new ArrayList<>();
        for (SingleValidationMessage message : result.getMessages()) {
            issues.add(toIssue(message));
        }
        if (resource instanceof Resource r4) {
            issues.addAll(SnomedCodings.check(r4));
        }
        return issues;
    }

    /**
     * The errors of {@link #validate}, found the fast way: the same definitions and terminology, read by walking the
     * resource alongside the snapshots once ({@link SnapshotValidator}) instead of through HAPI's instance validator.
     * About twenty times faster on a typical advice document; reports errors only, and without HAPI's message ids.
     */
    public List<FhirIssue> check(IBaseResource resource) {
        Objects.requireNonNull(resource, "resource");
        return loaded().snapshots().validate((Resource) resource);
    }

    private static FhirIssue toIssue(SingleValidationMessage message) {
        IssueSeverity severity = switch (message.getSeverity() == null ? ResultSeverityEnum.ERROR : message.getSeverity()) {
            case FATAL -> IssueSeverity.FATAL;
            case ERROR -> IssueSeverity.ERROR;
            case WARNING -> IssueSeverity.WARNING;
            case INFORMATION -> IssueSeverity.INFORMATION;
        };
        if (isUnknownProfile(message)) {
            severity = IssueSeverity.INFORMATION;
        }
        return new FhirIssue(severity, issueType(message), message.getLocationString(),
                message.getMessage() + (message.getMessageId() == null ? "" : " [" + message.getMessageId() + "]"));
    }

    private static boolean isUnknownProfile(SingleValidationMessage message) {
        String id = message.getMessageId();
        return id != null && id.toLowerCase(java.util.Locale.ROOT).startsWith("validation_val_profile_unknown");
    }

    /** The validator reports message ids, not IssueTypes; the broad families are enough for an OperationOutcome. */
    private static IssueType issueType(SingleValidationMessage message) {
        String id = message.getMessageId() == null ? "" : message.getMessageId().toLowerCase(java.util.Locale.ROOT);
        if (id.contains("terminology") || id.contains("code") || id.contains("valueset")) {
            return IssueType.CODEINVALID;
        }
        if (id.startsWith("extension_")) {
            return IssueType.EXTENSION;
        }
        if (id.contains("profile") || id.contains("slice") || id.contains("bundle") || id.contains("cardinality")) {
            return IssueType.STRUCTURE;
        }
        if (id.startsWith("type_specific_checks")) {
            return IssueType.VALUE;
        }
        return IssueType.INVALID;
    }
}
