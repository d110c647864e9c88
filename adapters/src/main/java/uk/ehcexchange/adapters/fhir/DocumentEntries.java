package uk.ehcexchange.adapters.fhir;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The resources of one Bundle being written, in the order they were first added. Ids are name-based UUIDs of a
 * scope (e.g. {@code ehc-plan/HCC-EHCP-2023-004417}) and a key, so the same input always gives the same ids and
 * the same resource added twice (a section author who wrote several sections) is written once.
 */
final class DocumentEntries {

    private final String scope;
    private final Map<String, Resource> byFullUrl = new LinkedHashMap<>();

    DocumentEntries(String scope) {
        this.scope = scope;
    }

    /** The id a resource with this key gets: a version 3 (name-based) UUID, a valid FHIR id. */
    String id(String key) {
        return UUID.nameUUIDFromBytes((scope + '\u0000' + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Adds the resource made by {@code make} unless one with this key is already there; a reference to it. */
    Reference add(String key, Supplier<? extends Resource> make) {
        String id = id(key);
        String fullUrl = "urn:uuid:" + id;
        if (!byFullUrl.containsKey(fullUrl)) {
            Resource resource = make.get();
            resource.setId(id);
            byFullUrl.put(fullUrl, resource);
        }
        return new Reference(fullUrl);
    }

    /** A reference to the resource with this key, whether or not it has been added yet. */
    Reference reference(String key) {
        return new Reference("urn:uuid:" + id(key));
    }

    void addTo(Bundle bundle) {
        byFullUrl.forEach((fullUrl, resource) -> bundle.addEntry().setFullUrl(fullUrl).setResource(resource));
    }
}
