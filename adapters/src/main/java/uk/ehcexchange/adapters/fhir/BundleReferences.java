package uk.ehcexchange.adapters.fhir;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/** Resolves a reference inside a Bundle: by an entry's fullUrl, or a relative {@code Type/id} by resource id. */
final class BundleReferences {

    private BundleReferences() {
    }

    static Resource resolve(Bundle bundle, String reference) {
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            if (reference.equals(entry.getFullUrl())) {
                return entry.getResource();
            }
        }
        int slash = reference.indexOf('/');
        if (slash > 0 && !reference.contains(":")) {
            for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                Resource resource = entry.getResource();
                if (resource != null && resource.hasIdElement()
                        && reference.equals(resource.fhirType() + "/" + resource.getIdElement().getIdPart())) {
                    return resource;
                }
            }
        }
        return null;
    }
}
