package uk.ehcexchange.adapters.fhir;

import java.util.List;
import java.util.function.Function;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.ElementDefinition.ElementDefinitionSlicingDiscriminatorComponent;
import org.hl7.fhir.r4.model.Extension;

/**
 * Which slice a value belongs to, by the discriminators FHIR R4 definitions and our profiles use: {@code value}
 * and {@code pattern} (extensions by {@code url}, sections by {@code code}) and {@code type}. Other kinds
 * ({@code exists}, {@code profile}) match nothing, so a value is then checked against the unsliced element.
 */
final class Slicing {

    private Slicing() {
    }

    static boolean matches(Base value, SnapshotIndex index, ElementDefinition slice,
                           ElementDefinitionSlicingDiscriminatorComponent discriminator,
                           Function<String, SnapshotIndex> definitions) {
        String path = discriminator.getPath();
        switch (discriminator.getType()) {
            case VALUE, PATTERN -> {
                if (value instanceof Extension extension && "url".equals(path)) {
                    return extension.hasUrl() && extension.getUrl().equals(extensionUrl(index, slice));
                }
                ElementDefinition target = "$this".equals(path) ? slice : index.child(slice, path);
                if (target == null || !(target.hasFixed() || target.hasPattern())) {
                    return false;
                }
                for (Base actual : valuesAt(value, path)) {
                    if (target.hasFixed() ? actual.equalsDeep(target.getFixed()) : Patterns.matches(actual, target.getPattern())) {
                        return true;
                    }
                }
                return false;
            }
            case TYPE -> {
                for (Base actual : valuesAt(value, path)) {
                    if (slice.getType().stream().anyMatch(t -> t.getWorkingCode().equals(actual.fhirType()))) {
                        return true;
                    }
                }
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    private static String extensionUrl(SnapshotIndex index, ElementDefinition slice) {
        if (!slice.getType().isEmpty() && slice.getTypeFirstRep().hasProfile()) {
            return slice.getTypeFirstRep().getProfile().get(0).getValue();
        }
        ElementDefinition url = index.child(slice, "url");
        return url != null && url.hasFixed() ? url.getFixed().primitiveValue() : null;
    }

    private static List<Base> valuesAt(Base value, String path) {
        if ("$this".equals(path)) {
            return List.of(value);
        }
        List<Base> current = List.of(value);
        for (String step : path.split("\\.")) {
            List<Base> next = new java.util.ArrayList<>();
            for (Base base : current) {
                next.addAll(SnapshotValidator.present(base, step));
            }
            current = next;
        }
        return current;
    }
}
