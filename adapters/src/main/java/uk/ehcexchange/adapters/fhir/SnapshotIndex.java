package uk.ehcexchange.adapters.fhir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.StructureDefinition;

/**
 * One StructureDefinition's snapshot arranged for walking an instance alongside it: the direct children of each
 * element and the slices of each sliced element, both by element id, in snapshot order.
 */
final class SnapshotIndex {

    private final StructureDefinition definition;
    private final Map<String, ElementDefinition> byId = new HashMap<>();
    private final Map<String, List<ElementDefinition>> children = new HashMap<>();
    private final Map<String, List<ElementDefinition>> slices = new HashMap<>();

    SnapshotIndex(StructureDefinition definition) {
        if (!definition.hasSnapshot()) {
            throw new IllegalArgumentException(definition.getUrl() + " has no snapshot");
        }
        this.definition = definition;
        for (ElementDefinition element : definition.getSnapshot().getElement()) {
            String id = element.getId();
            byId.put(id, element);
            int dot = id.lastIndexOf('.');
            if (dot < 0) {
                continue;
            }
            String last = id.substring(dot + 1);
            int colon = last.indexOf(':');
            if (colon >= 0) {
                slices.computeIfAbsent(id.substring(0, dot + 1 + colon), k -> new ArrayList<>()).add(element);
            } else {
                children.computeIfAbsent(id.substring(0, dot), k -> new ArrayList<>()).add(element);
            }
        }
    }

    StructureDefinition definition() {
        return definition;
    }

    String url() {
        return definition.getUrl();
    }

    ElementDefinition root() {
        return definition.getSnapshot().getElementFirstRep();
    }

    /** The element a {@code contentReference} such as {@code #Composition.section} points at, or null. */
    ElementDefinition referenced(ElementDefinition element) {
        if (!element.hasContentReference()) {
            return null;
        }
        String ref = element.getContentReference();
        return byId.get(ref.substring(ref.indexOf('#') + 1));
    }

    List<ElementDefinition> children(ElementDefinition element) {
        return children.getOrDefault(element.getId(), List.of());
    }

    List<ElementDefinition> slices(ElementDefinition element) {
        return slices.getOrDefault(element.getId(), List.of());
    }

    /** The element at {@code id + "." + child} within the same slice, if the snapshot has it. */
    ElementDefinition child(ElementDefinition element, String name) {
        return byId.get(element.getId() + "." + name);
    }

    /** The last segment of an element's path: {@code section}, {@code value[x]}. */
    static String name(ElementDefinition element) {
        String path = element.getPath();
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
