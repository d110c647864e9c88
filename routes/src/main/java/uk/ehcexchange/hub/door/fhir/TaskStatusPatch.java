package uk.ehcexchange.hub.door.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.PatchTypeEnum;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Task;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.fhir.FhirEnabled;

/**
 * Reads the new status out of a PATCH of a Task: JSON Patch ({@code [{"op":"replace","path":"/status",
 * "value":"in-progress"}]}) or FHIRPath Patch (a Parameters resource replacing {@code Task.status}). The owner may
 * change nothing else, so any other operation is refused rather than half applied.
 */
@FhirEnabled
@Component
class TaskStatusPatch {

    private final FhirContext fhir;
    private final ObjectMapper json = new ObjectMapper();

    TaskStatusPatch(FhirContext fhir) {
        this.fhir = fhir;
    }

    Task.TaskStatus newStatus(PatchTypeEnum type, String body) {
        String code = switch (type) {
            case JSON_PATCH -> fromJsonPatch(body);
            case FHIR_PATCH_JSON, FHIR_PATCH_XML -> fromFhirPatch(type, body);
            default -> throw FhirRejection.of(415, "patch-type", IssueType.NOTSUPPORTED, "Task",
                    "PATCH a Task with JSON Patch (application/json-patch+json) or FHIRPath Patch");
        };
        try {
            return Task.TaskStatus.fromCode(code);
        } catch (Exception unknown) {
            throw FhirRejection.of(422, "task-status", IssueType.VALUE, "Task.status",
                    "'" + code + "' is not a Task status");
        }
    }

    private String fromJsonPatch(String body) {
        JsonNode operations;
        try {
            operations = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw FhirRejection.of(400, "malformed-fhir", IssueType.STRUCTURE, "Task", "the JSON Patch is not JSON");
        }
        if (operations == null || !operations.isArray() || operations.size() != 1) {
            throw onlyStatus();
        }
        JsonNode operation = operations.get(0);
        String op = operation.path("op").asText();
        if (!(op.equals("replace") || op.equals("add")) || !operation.path("path").asText().equals("/status")
                || !operation.path("value").isTextual()) {
            throw onlyStatus();
        }
        return operation.path("value").asText();
    }

    private String fromFhirPatch(PatchTypeEnum type, String body) {
        Parameters parameters = (type == PatchTypeEnum.FHIR_PATCH_XML ? fhir.newXmlParser() : fhir.newJsonParser())
                .parseResource(Parameters.class, body);
        if (parameters.getParameter().size() != 1) {
            throw onlyStatus();
        }
        Parameters.ParametersParameterComponent operation = parameters.getParameterFirstRep();
        String kind = part(operation, "type");
        String path = part(operation, "path");
        String name = part(operation, "name");
        boolean replace = "replace".equals(kind) && "Task.status".equals(path);
        boolean add = "add".equals(kind) && "Task".equals(path) && "status".equals(name);
        if (!replace && !add) {
            throw onlyStatus();
        }
        return part(operation, "value");
    }

    private static String part(Parameters.ParametersParameterComponent operation, String name) {
        return operation.getPart().stream().filter(p -> name.equals(p.getName()) && p.hasValue())
                .map(p -> p.getValue().primitiveValue()).findFirst().orElse(null);
    }

    private static FhirRejection onlyStatus() {
        return FhirRejection.of(422, "status-only", IssueType.BUSINESSRULE, "Task",
                "the owner may change only Task.status: send one operation replacing it");
    }
}
