package uk.ehcexchange.hub.door.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Patch;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Update;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.PatchTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Task;
import org.springframework.stereotype.Component;
import uk.ehcexchange.adapters.fhir.EhcFhir;
import uk.ehcexchange.hub.advice.AdviceRequest;
import uk.ehcexchange.hub.advice.AdviceRequestStatus;
import uk.ehcexchange.hub.advice.AdviceService;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.fhir.FhirEnabled;

/**
 * The trust's or ICB's work list: {@code GET /fhir/Task?owner=…&status=requested}, read by id, and status changes
 * by the owner (update, or patch of {@code Task.status}). Everything goes through {@link AdviceService}, so the
 * rules are those of the REST API: a caller sees only the Tasks it owns.
 */
@FhirEnabled
@Component
public class TaskProvider implements IResourceProvider {

    private final AdviceService advice;
    private final AdviceTasks tasks;
    private final TaskStatusPatch patches;

    public TaskProvider(AdviceService advice, AdviceTasks tasks, TaskStatusPatch patches) {
        this.advice = advice;
        this.tasks = tasks;
        this.patches = patches;
    }

    @Override
    public Class<Task> getResourceType() {
        return Task.class;
    }

    @Read
    public Task read(@IdParam IdType id, RequestDetails details) {
        return tasks.toTask(owned(FhirCaller.of(details), id.getIdPart()));
    }

    /**
     * @param owner the caller's own ODS code, as {@code RXX}, {@code Organization/RXX} or
     *              {@code owner:identifier=https://fhir.nhs.uk/Id/ods-organization-code|RXX}; absent means the caller
     * @param status Task status codes, comma-separated for any of them
     */
    @Search
    public List<Task> search(@OptionalParam(name = Task.SP_OWNER) ReferenceParam owner,
                             @OptionalParam(name = Task.SP_STATUS) TokenOrListParam status,
                             RequestDetails details) {
        ClientIdentity caller = FhirCaller.of(details);
        String ownerCode = owner == null ? caller.authorityCode() : odsCode(owner);
        if (!caller.authorityCode().equals(ownerCode)) {
            throw FhirRejection.of(403, "own-tasks-only", IssueType.FORBIDDEN, "Task.owner",
                    "this client acts for " + caller.authorityCode() + " and sees only the Tasks it owns");
        }
        Set<AdviceRequestStatus> wanted = statuses(status);
        return advice.assignedTo(ownerCode, wanted.size() == 1 ? wanted.iterator().next() : null).stream()
                .filter(request -> wanted.contains(request.status()))
                .map(tasks::toTask)
                .toList();
    }

    /** The owner moves the Task on: only {@code status} may change; the hub owns every other element. */
    @Update
    public MethodOutcome update(@IdParam IdType id, @ResourceParam Task task, RequestDetails details) {
        if (task.getIdElement().hasIdPart() && !task.getIdElement().getIdPart().equals(id.getIdPart())) {
            throw FhirRejection.of(400, "id-matches-url", IssueType.INVALID, "Task.id",
                    "Task.id must be the id in the URL, " + id.getIdPart());
        }
        ClientIdentity caller = FhirCaller.of(details);
        AdviceRequest current = owned(caller, id.getIdPart());
        if (task.hasOwner() && task.getOwner().hasIdentifier()
                && !current.recipient().equals(task.getOwner().getIdentifier().getValue())) {
            throw FhirRejection.of(422, "owner-unchanged", IssueType.BUSINESSRULE, "Task.owner",
                    "the owner of a Task cannot be changed");
        }
        return changeStatus(caller, current, task.getStatus(), "Task.status");
    }

    @Patch
    public MethodOutcome patch(@IdParam IdType id, PatchTypeEnum type, @ResourceParam String body,
                               RequestDetails details) {
        ClientIdentity caller = FhirCaller.of(details);
        AdviceRequest current = owned(caller, id.getIdPart());
        return changeStatus(caller, current, patches.newStatus(type, body), "Task.status");
    }

    private MethodOutcome changeStatus(ClientIdentity caller, AdviceRequest current, Task.TaskStatus wanted,
                                       String expression) {
        AdviceRequestStatus to = wanted == null ? null : AdviceTasks.status(wanted);
        if (to == null) {
            throw FhirRejection.of(422, "required", IssueType.REQUIRED, expression, "Task.status is required");
        }
        AdviceRequest changed = advice.changeStatus(caller, current.requestId(), to);
        MethodOutcome outcome = new MethodOutcome(new IdType("Task", changed.requestId()));
        outcome.setResource(tasks.toTask(changed));
        return outcome;
    }

    /**
     * Only the owner works on a Task; the council that asked uses the REST API. A Task that does not exist, that is
     * another trust's, or that the caller asked for itself gets one answer, word for word, so that a caller cannot
     * learn from it that someone else's Task exists.
     */
    private AdviceRequest owned(ClientIdentity caller, String requestId) {
        return advice.findAssigned(caller, requestId).orElseThrow(() -> FhirRejection.of(404, "known-task",
                IssueType.NOTFOUND, "Task.id",
                "there is no Task " + requestId + " owned by " + caller.authorityCode()));
    }

    private static String odsCode(ReferenceParam owner) {
        String value = owner.getValue();
        int bar = value.indexOf('|');
        if ("identifier".equals(owner.getChain()) || bar >= 0) {
            String system = bar < 0 ? "" : value.substring(0, bar);
            if (!system.isEmpty() && !EhcFhir.ODS_ORGANISATION_SYSTEM.equals(system)) {
                throw FhirRejection.of(400, "owner-ods-code", IssueType.VALUE, "Task.owner",
                        "owner:identifier must use the system " + EhcFhir.ODS_ORGANISATION_SYSTEM);
            }
            return value.substring(bar + 1);
        }
        return owner.getIdPart();
    }

    private static Set<AdviceRequestStatus> statuses(TokenOrListParam status) {
        if (status == null) {
            return EnumSet.allOf(AdviceRequestStatus.class);
        }
        Set<AdviceRequestStatus> wanted = EnumSet.noneOf(AdviceRequestStatus.class);
        for (TokenParam token : status.getValuesAsQueryTokens()) {
            AdviceRequestStatus one;
            try {
                one = AdviceTasks.status(Task.TaskStatus.fromCode(token.getValue()));
            } catch (Exception unknown) {
                one = null;
            }
            if (one == null) {
                throw FhirRejection.of(400, "task-status", IssueType.VALUE, "Task.status",
                        "'" + token.getValue() + "' is not a Task status the hub uses (requested, accepted, "
                                + "in-progress, completed, cancelled, rejected)");
            }
            wanted.add(one);
        }
        return wanted;
    }
}
