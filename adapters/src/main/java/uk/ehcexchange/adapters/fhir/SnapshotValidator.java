package uk.ehcexchange.adapters.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.context.support.ValidationSupportContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.hl7.fhir.exceptions.FHIRException;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.ElementDefinition.ElementDefinitionSlicingDiscriminatorComponent;
import org.hl7.fhir.r4.model.ElementDefinition.TypeRefComponent;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;

/**
 * Validates a resource by walking it alongside the snapshots of its StructureDefinitions — FHIR R4's own and the
 * profiles it claims that we know — checking what those snapshots say: cardinality, slicing (order, closed,
 * per-slice cardinality), choice types, fixed and pattern values, required bindings, codes of known code systems,
 * primitive formats, reference target types inside a Bundle, and every error-level invariant (FHIRPath, evaluated
 * with HAPI's engine). It reports errors only; warnings and information are HAPI's validator's business.
 *
 * <p>Why it exists: HAPI's instance validator, which {@link FhirProfileValidator#validate} runs, spends about 50 ms
 * on a typical 50 KB advice document — most of it re-validating the same Bundle entries once per reference to them
 * and re-reading tables on every call — where the hub's budget is 3 ms. This walk reads the same definitions from
 * the same validation support, once. {@code SnapshotValidatorAgreementTest} holds it to HAPI's verdict on every
 * golden document and a corpus of broken ones.
 */
final class SnapshotValidator {

    private static final String BASE = "http://hl7.org/fhir/StructureDefinition/";

    private final IValidationSupport support;
    private final Map<String, Optional<SnapshotIndex>> indexes = new ConcurrentHashMap<>();
    private final Map<ElementDefinition, ElementFacts> facts = new ConcurrentHashMap<>();
    private final TerminologyChecks terminology;
    private final Invariants invariants;
    private final PrimitiveFormats formats;

    SnapshotValidator(FhirContext fhir, IValidationSupport support) {
        this.support = Objects.requireNonNull(support, "support");
        this.terminology = new TerminologyChecks(support);
        this.invariants = new Invariants(fhir, support);
        this.formats = new PrimitiveFormats(this::index);
    }

    /** Every error found, each naming the element by FHIRPath and the rule it breaks. */
    List<FhirIssue> validate(Resource resource) {
        Walk walk = new Walk();
        walk.resource(resource, resource.fhirType(), null);
        return walk.issues;
    }

    SnapshotIndex index(String url) {
        return indexes.computeIfAbsent(url, u -> {
            if (!(support.fetchStructureDefinition(u) instanceof StructureDefinition definition)) {
                return Optional.empty();
            }
            if (!definition.hasSnapshot()) {
                // UK Core ships differentials only; the chain's snapshot generator does what HAPI's validator does
                IBaseResource generated = support.generateSnapshot(new ValidationSupportContext(support),
                        definition.copy(), definition.getUrl(), null, definition.getName());
                if (!(generated instanceof StructureDefinition withSnapshot) || !withSnapshot.hasSnapshot()) {
                    return Optional.empty();
                }
                definition = withSnapshot;
            }
            return Optional.of(new SnapshotIndex(definition));
        }).orElse(null);
    }

    private final class Walk {

        private final List<FhirIssue> issues = new ArrayList<>();
        /** Primitive values walked so far: a complex element that adds none is empty. */
        private int leaves;

        void resource(Resource resource, String path, Bundle enclosing) {
            Bundle bundle = resource instanceof Bundle b ? b : enclosing;
            List<SnapshotIndex> profiles = new ArrayList<>();
            for (var claimed : resource.hasMeta() ? resource.getMeta().getProfile() : List.<CanonicalType>of()) {
                SnapshotIndex profile = index(claimed.getValue());
                if (profile != null && profile.definition().getType().equals(resource.fhirType())) {
                    profiles.add(profile);
                }
            }
            if (profiles.isEmpty()) {
                SnapshotIndex base = index(BASE + resource.fhirType());
                if (base == null) {
                    error(IssueType.STRUCTURE, path, "unknown resource type " + resource.fhirType());
                    return;
                }
                profiles.add(base);
            }
            // a profile's snapshot carries every rule of the base definition, so the base is walked only on its own
            for (SnapshotIndex profile : profiles) {
                element(resource, path, profile, profile.root(), resource, bundle);
            }
        }

        private void element(Base value, String path, SnapshotIndex index, ElementDefinition definition,
                             Resource resource, Bundle bundle) {
            invariants(value, path, definition, resource);
            if (definition.hasFixed() && !value.equalsDeep(definition.getFixed())) {
                error(IssueType.VALUE, path, "value must be exactly the fixed value of " + index.url() + "#" + definition.getId());
            }
            if (definition.hasPattern() && !Patterns.matches(value, definition.getPattern())) {
                error(IssueType.VALUE, path, "value does not match the pattern of " + index.url() + "#" + definition.getId());
            }
            terminology.check(value, path, definition, issues);
            if (value instanceof PrimitiveType<?> primitive) {
                leaves++;
                formats.check(primitive, path, issues);
                return;
            }
            if (value instanceof Reference reference && bundle != null) {
                referenceTarget(reference, path, definition, bundle);
            }
            SnapshotIndex childIndex = index;
            ElementDefinition parent = index.referenced(definition) != null ? index.referenced(definition) : definition;
            List<ElementDefinition> children = index.children(parent);
            if (children.isEmpty()) {
                SnapshotIndex type = typeIndex(value, definition);
                if (type == null) {
                    return;
                }
                invariants(value, path, type.root(), resource);
                childIndex = type;
                parent = type.root();
                children = type.children(parent);
            }
            for (ElementDefinition child : children) {
                children(value, path, childIndex, child, resource, bundle);
            }
        }

        private SnapshotIndex typeIndex(Base value, ElementDefinition definition) {
            for (TypeRefComponent type : definition.getType()) {
                if (type.hasProfile() && (definition.getType().size() == 1 || type.getWorkingCode().equals(value.fhirType()))) {
                    SnapshotIndex profile = index(type.getProfile().get(0).getValue());
                    if (profile != null) {
                        return profile;
                    }
                }
            }
            if (value instanceof Extension extension && extension.hasUrl()) {
                SnapshotIndex known = index(extension.getUrl());
                if (known != null) {
                    return known;
                }
            }
            return index(BASE + value.fhirType());
        }

        private void children(Base parent, String parentPath, SnapshotIndex index, ElementDefinition child,
                              Resource resource, Bundle bundle) {
            ElementFacts facts = facts(child);
            if (facts.name().equals("id") && !(parent instanceof Resource)) {
                return;
            }
            String path = parentPath + "." + facts.pathName();
            if (parent instanceof Narrative narrative && facts.name().equals("div")) {
                // the XHTML is not a child HAPI's model lists; its content rules are HAPI's parser's
                leaves += narrative.hasDiv() ? 1 : 0;
                cardinality(child, narrative.hasDiv() ? 1 : 0, path, index);
                return;
            }
            List<Base> values = candidates(parent, facts.name());
            List<ElementDefinition> slices = index.slices(child);
            int count = 0;
            int lastSlice = -1;
            int[] perSlice = new int[slices.size()];
            for (int i = 0; i < values.size(); i++) {
                Base value = values.get(i);
                String at = facts.repeats() ? path + "[" + i + "]" : path;
                int mark = issues.size();
                int leavesBefore = leaves;
                if (!types(value, child, at)) {
                    count++;
                    continue;
                }
                int slice = child.hasSlicing() ? sliceOf(value, index, child, slices) : -1;
                ElementDefinition definition = slice >= 0 ? slices.get(slice) : child;
                if (value instanceof Resource contained) {
                    resource(contained, at, bundle);
                } else {
                    element(value, at, index, definition, resource, bundle);
                }
                if (leaves == leavesBefore) {
                    // an element with nothing in it is absent, as it is once serialised; so are its findings
                    issues.subList(mark, issues.size()).clear();
                    continue;
                }
                count++;
                if (slice < 0 && child.hasSlicing()
                        && child.getSlicing().getRules() == ElementDefinition.SlicingRules.CLOSED) {
                    error(IssueType.STRUCTURE, at, "matches none of the slices of " + index.url() + "#" + child.getId()
                            + " and the slicing is closed");
                }
                if (slice >= 0) {
                    perSlice[slice]++;
                    if (child.getSlicing().getOrdered() && slice < lastSlice) {
                        error(IssueType.STRUCTURE, at, "is out of order: the slices of " + index.url() + "#"
                                + child.getId() + " are ordered");
                    }
                    lastSlice = Math.max(lastSlice, slice);
                }
            }
            cardinality(child, count, path, index);
            for (int s = 0; s < slices.size(); s++) {
                cardinality(slices.get(s), perSlice[s], path + ":" + slices.get(s).getSliceName(), index);
            }
        }

        private boolean types(Base value, ElementDefinition definition, String path) {
            if (definition.getType().size() < 2) {
                return true;
            }
            for (TypeRefComponent type : definition.getType()) {
                if (type.getWorkingCode().equals(value.fhirType())) {
                    return true;
                }
            }
            error(IssueType.STRUCTURE, path, "type " + value.fhirType() + " is not allowed here");
            return false;
        }

        private int sliceOf(Base value, SnapshotIndex index, ElementDefinition sliced, List<ElementDefinition> slices) {
            for (int s = 0; s < slices.size(); s++) {
                boolean all = true;
                for (ElementDefinitionSlicingDiscriminatorComponent discriminator : sliced.getSlicing().getDiscriminator()) {
                    if (!Slicing.matches(value, index, slices.get(s), discriminator, SnapshotValidator.this::index)) {
                        all = false;
                        break;
                    }
                }
                if (all) {
                    return s;
                }
            }
            return -1;
        }

        private void referenceTarget(Reference reference, String path, ElementDefinition definition, Bundle bundle) {
            if (!reference.hasReference()) {
                return;
            }
            Resource target = BundleReferences.resolve(bundle, reference.getReference());
            if (target == null) {
                return;
            }
            List<String> allowed = new ArrayList<>();
            for (TypeRefComponent type : definition.getType()) {
                if (!"Reference".equals(type.getWorkingCode())) {
                    continue;
                }
                if (!type.hasTargetProfile()) {
                    return;
                }
                for (var profile : type.getTargetProfile()) {
                    SnapshotIndex targetIndex = index(profile.getValue());
                    String targetType = targetIndex == null ? null : targetIndex.definition().getType();
                    if (targetType == null || "Resource".equals(targetType) || targetType.equals(target.fhirType())) {
                        return;
                    }
                    allowed.add(targetType);
                }
            }
            if (!allowed.isEmpty()) {
                error(IssueType.STRUCTURE, path, "refers to a " + target.fhirType() + "; allowed here: "
                        + String.join(", ", allowed));
            }
        }

        private void invariants(Base value, String path, ElementDefinition definition, Resource resource) {
            for (ElementDefinition.ElementDefinitionConstraintComponent constraint : facts(definition).constraints()) {
                if (!invariants.holds(constraint, value, resource)) {
                    error(IssueType.INVARIANT, path, constraint.getKey() + ": " + constraint.getHuman());
                }
            }
        }

        private void cardinality(ElementDefinition definition, int count, String path, SnapshotIndex index) {
            if (count < definition.getMin()) {
                error(IssueType.REQUIRED, path, "minimum required = " + definition.getMin() + ", but only found " + count
                        + " (" + index.url() + "#" + definition.getId() + ")");
            }
            int max = facts(definition).max();
            if (count > max) {
                error(IssueType.STRUCTURE, path, "maximum allowed = " + max + ", but found " + count
                        + " (" + index.url() + "#" + definition.getId() + ")");
            }
        }

        private void error(IssueType type, String path, String diagnostics) {
            issues.add(FhirIssue.error(type, path, diagnostics));
        }
    }

    private ElementFacts facts(ElementDefinition definition) {
        return facts.computeIfAbsent(definition, d -> ElementFacts.of(d, invariants));
    }

    /**
     * A named child's values for the walk: primitives without a value left out, complex values all kept (whether
     * one is empty shows in the walk; asking HAPI's model would walk every subtree again at every level).
     */
    static List<Base> candidates(Base parent, String name) {
        return values(parent, name, value -> !(value instanceof PrimitiveType<?> primitive && isEmpty(primitive)));
    }

    /** The non-empty values of a named child (for patterns and slice discriminators: small elements). */
    static List<Base> present(Base parent, String name) {
        return values(parent, name, value -> !value.isEmpty());
    }

    /**
     * The values of a named child that pass the filter; a name the element does not have has none. A resource's id
     * is what HAPI's encoder writes: the id part, and nothing for a {@code urn:} id taken from the entry's fullUrl.
     */
    private static List<Base> values(Base parent, String name, Predicate<Base> keep) {
        if (parent instanceof Resource resource && name.equals("id")) {
            String id = resource.getIdElement().getValue();
            if (id == null || id.startsWith("urn:")) {
                return List.of();
            }
            return List.of(new IdType(id.startsWith("#") ? id.substring(1) : resource.getIdElement().getIdPart()));
        }
        List<Base> values;
        try {
            values = parent.getNamedProperty(name).getValues();
        } catch (FHIRException | NullPointerException e) {
            return List.of();
        }
        List<Base> kept = new ArrayList<>(values.size());
        for (Base value : values) {
            if (value != null && keep.test(value)) {
                kept.add(value);
            }
        }
        return kept;
    }

    /**
     * HAPI's {@code isEmpty} of a primitive, without {@code getValueAsString()}: for base64Binary that re-encodes
     * the whole attachment every time it is asked.
     */
    private static boolean isEmpty(PrimitiveType<?> primitive) {
        Object value = primitive.getValue();
        boolean noValue = value == null || value instanceof String text && text.isBlank();
        return noValue && primitive.getExtension().isEmpty() && primitive.getId() == null;
    }
}
