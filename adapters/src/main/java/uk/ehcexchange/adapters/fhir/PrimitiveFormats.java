package uk.ehcexchange.adapters.fhir;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.PrimitiveType;

/**
 * Primitive values against the regular expression FHIR R4 defines for their type ({@code code}, {@code id},
 * {@code dateTime}…). {@code base64Binary} is left out: HAPI's parser has already decoded it, so what is left to
 * check is bytes, and re-encoding them to test the text again would only prove the encoder right.
 */
final class PrimitiveFormats {

    private static final String REGEX = "http://hl7.org/fhir/StructureDefinition/regex";

    private final Function<String, SnapshotIndex> definitions;
    private final Map<String, Optional<Pattern>> patterns = new ConcurrentHashMap<>();

    PrimitiveFormats(Function<String, SnapshotIndex> definitions) {
        this.definitions = definitions;
    }

    void check(PrimitiveType<?> value, String path, java.util.List<FhirIssue> issues) {
        String type = value.fhirType();
        if ("base64Binary".equals(type) || value.getValue() == null) {
            return;
        }
        Pattern pattern = patterns.computeIfAbsent(type, this::pattern).orElse(null);
        if (pattern != null && !pattern.matcher(value.getValueAsString()).matches()) {
            issues.add(FhirIssue.error(IssueType.VALUE, path, "not a valid " + type + " (FHIR R4 " + type + " format)"));
        }
    }

    private Optional<Pattern> pattern(String type) {
        SnapshotIndex index = definitions.apply("http://hl7.org/fhir/StructureDefinition/" + type);
        ElementDefinition value = index == null ? null : index.child(index.root(), "value");
        if (value == null) {
            return Optional.empty();
        }
        for (var typeRef : value.getType()) {
            var regex = typeRef.getExtensionByUrl(REGEX);
            if (regex != null && regex.getValue() != null) {
                return Optional.of(Pattern.compile(regex.getValue().primitiveValue()));
            }
        }
        var regex = value.getExtensionByUrl(REGEX);
        return regex == null ? Optional.empty() : Optional.of(Pattern.compile(regex.getValue().primitiveValue()));
    }
}
