package uk.ehcexchange.adapters.fhir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Reads one Bundle: resolves references between its entries (by {@code fullUrl}, or by {@code Type/id} against
 * the entries' ids, as FHIR's bundle resolution rules allow), knows each resource's FHIRPath, and collects issues
 * so one answer can name every problem.
 */
final class BundleReader {

    private final Bundle bundle;
    private final Map<String, Integer> indexByUrl = new HashMap<>();
    private final Map<Resource, Integer> indexByResource = new IdentityHashMap<>();
    private final List<FhirIssue> issues = new ArrayList<>();

    BundleReader(Bundle bundle) {
        this.bundle = bundle;
        List<Bundle.BundleEntryComponent> entries = bundle.getEntry();
        for (int i = 0; i < entries.size(); i++) {
            Bundle.BundleEntryComponent entry = entries.get(i);
            Resource resource = entry.getResource();
            if (resource == null) {
                continue;
            }
            indexByResource.put(resource, i);
            if (entry.hasFullUrl()) {
                indexByUrl.putIfAbsent(entry.getFullUrl(), i);
            }
            if (resource.getIdElement().hasIdPart()) {
                String relative = resource.fhirType() + "/" + resource.getIdElement().getIdPart();
                indexByUrl.putIfAbsent(relative, i);
                if (entry.hasFullUrl() && entry.getFullUrl().endsWith("/" + relative)) {
                    indexByUrl.putIfAbsent(entry.getFullUrl(), i);
                }
            }
        }
    }

    Bundle bundle() {
        return bundle;
    }

    /** FHIRPath of an entry's resource, e.g. {@code Bundle.entry[2].resource}. */
    String path(Resource resource) {
        Integer index = indexByResource.get(resource);
        return index == null ? "Bundle" : "Bundle.entry[" + index + "].resource";
    }

    /**
     * The entry a reference points at, of the expected type. Adds an issue and returns null when the reference is
     * empty, points outside the Bundle, or at another type.
     */
    <T extends Resource> T resolve(Reference reference, Class<T> type, String expression) {
        if (reference == null || !reference.hasReference()) {
            error(IssueType.REQUIRED, expression, "a reference to a " + type.getSimpleName() + " in the Bundle is required");
            return null;
        }
        Integer index = indexByUrl.get(reference.getReference());
        if (index == null) {
            error(IssueType.NOTFOUND, expression,
                    "the reference does not resolve to an entry of the Bundle (documents and messages must be complete)");
            return null;
        }
        Resource target = bundle.getEntry().get(index).getResource();
        if (!type.isInstance(target)) {
            error(IssueType.INVALID, expression,
                    "the reference must point at a " + type.getSimpleName() + ", not a " + target.fhirType());
            return null;
        }
        return type.cast(target);
    }

    /** As {@link #resolve}, but null without an issue when the reference points at another type. */
    <T extends Resource> T resolveIf(Reference reference, Class<T> type) {
        if (reference == null || !reference.hasReference()) {
            return null;
        }
        Integer index = indexByUrl.get(reference.getReference());
        Resource target = index == null ? null : bundle.getEntry().get(index).getResource();
        return type.isInstance(target) ? type.cast(target) : null;
    }

    void error(IssueType code, String expression, String diagnostics) {
        issues.add(FhirIssue.error(code, expression, diagnostics));
    }

    /** The value, or an issue if it is null or blank. */
    <T> T required(T value, String expression, String what) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            error(IssueType.REQUIRED, expression, what + " is required");
            return null;
        }
        return value;
    }

    boolean hasIssues() {
        return !issues.isEmpty();
    }

    void throwIfIssues() {
        if (!issues.isEmpty()) {
            throw new FhirMappingException(issues);
        }
    }
}
