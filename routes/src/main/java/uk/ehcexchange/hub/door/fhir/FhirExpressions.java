package uk.ehcexchange.hub.door.fhir;

import java.util.List;
import java.util.Map;
import uk.ehcexchange.adapters.fhir.EhcFhir;

/**
 * Where in the FHIR resource a field of the hub's canonical model came from, so that a rule the hub's core
 * enforces ({@code child.nhsNumber}, {@code requestId}) is reported against the trust's own resource as FHIRPath.
 */
final class FhirExpressions {

    static final String PATIENT = "Bundle.entry.resource.ofType(Patient)";
    static final String COMPOSITION = "Bundle.entry.resource.ofType(Composition)";
    /** Where an advice document names the Task it answers. */
    static final String TASK_REFERENCE = COMPOSITION + ".extension('" + EhcFhir.EXT_ADVICE_REQUEST + "')";

    /** Canonical HealthAdvice fields (by prefix) and the FHIRPath of the element of the advice Bundle they map from. */
    private static final List<Map.Entry<String, String>> ADVICE = List.of(
            Map.entry("child.nhsNumber", PATIENT + ".identifier.where(system='https://fhir.nhs.uk/Id/nhs-number')"),
            Map.entry("child.familyName", PATIENT + ".name.family"),
            Map.entry("child.givenName", PATIENT + ".name.given"),
            Map.entry("child.dateOfBirth", PATIENT + ".birthDate"),
            Map.entry("child.postcode", PATIENT + ".address.postalCode"),
            Map.entry("child", PATIENT),
            Map.entry("author", "Bundle.entry.resource.ofType(Practitioner)"),
            Map.entry("odsCode", "Bundle.entry.resource.ofType(Organization).identifier"),
            Map.entry("attachments", "Bundle.entry.resource.ofType(DocumentReference)"),
            Map.entry("requestId", TASK_REFERENCE),
            Map.entry("requestReference", TASK_REFERENCE),
            Map.entry("messageId", "Bundle.identifier"),
            Map.entry("adviceType", COMPOSITION + ".type"),
            Map.entry("needs", COMPOSITION + ".section"),
            Map.entry("outcomes", COMPOSITION + ".section"),
            Map.entry("recommendedProvision", COMPOSITION + ".section"),
            Map.entry("advice", COMPOSITION));

    private static final Map<String, String> TASK = Map.of(
            "requestId", "Task.id",
            "status", "Task.status",
            "recipient", "Task.owner",
            "owner", "Task.owner");

    private FhirExpressions() {
    }

    /**
     * @param resourceType the resource type the request is about: {@code Task} for the work list, {@code Bundle}
     *                     for advice (a document or a message)
     */
    static String of(String resourceType, String field) {
        if (field == null || field.isBlank()) {
            return resourceType == null ? "Bundle" : resourceType;
        }
        if (Character.isUpperCase(field.charAt(0))) {
            return field;   // already FHIRPath, or a header name
        }
        if ("Task".equals(resourceType)) {
            return TASK.getOrDefault(field, "Task");
        }
        for (Map.Entry<String, String> mapping : ADVICE) {
            if (field.equals(mapping.getKey()) || field.startsWith(mapping.getKey() + ".")
                    || field.startsWith(mapping.getKey() + "[")) {
                return mapping.getValue();
            }
        }
        return COMPOSITION;
    }
}
