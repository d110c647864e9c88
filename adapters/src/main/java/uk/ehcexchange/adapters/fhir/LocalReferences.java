package uk.ehcexchange.adapters.fhir;

import java.util.HashSet;
import java.util.Set;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.UriType;

/** References to contained resources ({@code #id}), FHIR R4's ref-1 and dom-3. */
final class LocalReferences {

    private LocalReferences() {
    }

    /** ref-1: a local reference names a resource contained in the resource it is in. */
    static boolean resolves(Reference reference, Resource resource) {
        String target = reference.getReference();
        if (target == null || !target.startsWith("#")) {
            return true;
        }
        return resource instanceof DomainResource domain
                && domain.getContained().stream().anyMatch(c -> target.substring(1).equals(bare(c)));
    }

    /** dom-3: every contained resource is referred to from elsewhere in the resource (or the resource refers to itself as '#'). */
    static boolean everyContainedIsReferenced(DomainResource resource) {
        if (resource.getContained().isEmpty()) {
            return true;
        }
        Set<String> references = new HashSet<>();
        collect(resource, references, true);
        if (references.contains("#")) {
            return true;
        }
        return resource.getContained().stream().allMatch(c -> references.contains("#" + bare(c)));
    }

    private static void collect(Base element, Set<String> references, boolean top) {
        if (element instanceof Reference reference && reference.hasReference()) {
            references.add(reference.getReference());
        } else if (element instanceof UriType uri && uri.hasValue()) {
            references.add(uri.getValue());
        }
        for (Property property : element.children()) {
            if (top && property.getName().equals("contained")) {
                continue;
            }
            for (Base value : property.getValues()) {
                if (value != null) {
                    collect(value, references, false);
                }
            }
        }
    }

    private static String bare(Resource contained) {
        String id = contained.getIdElement().getValue();
        return id == null ? null : id.startsWith("#") ? id.substring(1) : contained.getIdElement().getIdPart();
    }
}
