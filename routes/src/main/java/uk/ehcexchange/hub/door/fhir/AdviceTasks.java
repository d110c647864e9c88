package uk.ehcexchange.hub.door.fhir;

import java.util.Date;
import java.util.EnumMap;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.springframework.stereotype.Component;
import uk.ehcexchange.adapters.fhir.Codes;
import uk.ehcexchange.adapters.fhir.EhcFhir;
import uk.ehcexchange.hub.advice.AdviceRequest;
import uk.ehcexchange.hub.advice.AdviceRequestStatus;
import uk.ehcexchange.hub.directory.AuthorityDirectory;
import uk.ehcexchange.hub.fhir.FhirEnabled;
import uk.ehcexchange.model.Authority;
import uk.ehcexchange.model.Child;

/**
 * An advice request as the FHIR Task a trust or ICB works from, projected from the advice core on every read (the
 * Task's logical id is the request id; nothing is stored twice). The Task contains the request as a ServiceRequest
 * (its {@code focus}) and the child as a UK Core Patient (its {@code for}); {@code owner} is the trust's or ICB's
 * ODS code, {@code requester} the council, and {@code restriction.period.end} the reg 8 due date.
 */
@FhirEnabled
@Component
public class AdviceTasks {

    static final String ADVICE_RESPONSE_SYSTEM = EhcFhir.BASE + "/Id/advice-response";
    static final String UK_CORE_PATIENT = EhcFhir.UK_CORE_PROFILE_BASE + "Patient";
    private static final String TASK_CODE_SYSTEM = "http://hl7.org/fhir/CodeSystem/task-code";

    private static final Map<AdviceRequestStatus, Task.TaskStatus> STATUS = new EnumMap<>(Map.of(
            AdviceRequestStatus.REQUESTED, Task.TaskStatus.REQUESTED,
            AdviceRequestStatus.ACCEPTED, Task.TaskStatus.ACCEPTED,
            AdviceRequestStatus.IN_PROGRESS, Task.TaskStatus.INPROGRESS,
            AdviceRequestStatus.COMPLETED, Task.TaskStatus.COMPLETED,
            AdviceRequestStatus.CANCELLED, Task.TaskStatus.CANCELLED,
            AdviceRequestStatus.REJECTED, Task.TaskStatus.REJECTED));

    private final AuthorityDirectory directory;

    public AdviceTasks(AuthorityDirectory directory) {
        this.directory = directory;
    }

    public Task toTask(AdviceRequest request) {
        Task task = new Task();
        task.setId(request.requestId());
        task.getMeta().setLastUpdated(Date.from(request.updatedAt()));
        task.addIdentifier(new Identifier().setSystem(EhcFhir.ADVICE_REQUEST_SYSTEM).setValue(request.requestId()));
        task.setStatus(STATUS.get(request.status()));
        task.setIntent(Task.TaskIntent.ORDER);
        task.setCode(new CodeableConcept(new Coding(TASK_CODE_SYSTEM, "fulfill", "Fulfill the focal request")));
        task.setDescription(request.adviceType() + " advice for an EHC needs assessment (SEND Regulations 2014 reg 6),"
                + " due within 6 weeks of the request (reg 8)");
        task.addContained(patient(request.child()));
        task.addContained(serviceRequest(request));
        task.setFocus(new Reference("#request"));
        task.setFor(new Reference("#child"));
        task.setAuthoredOn(Date.from(request.createdAt()));
        task.setLastModified(Date.from(request.updatedAt()));
        task.setRequester(council(request.requestingCouncil()));
        task.setOwner(organisation(request.recipient()));
        task.getRestriction().setPeriod(new Period()
                .setStartElement(new DateTimeType(request.requestedOn().toString()))
                .setEndElement(new DateTimeType(request.dueOn().toString())));
        if (request.responseId() != null) {
            task.addOutput()
                    .setType(new CodeableConcept(
                            adviceType(request))
                            .setText("the advice, delivered to council " + request.requestingCouncil()
                                    + "'s advice inbox"))
                    .setValue(new Reference()
                            .setType("Composition")
                            .setIdentifier(new Identifier().setSystem(ADVICE_RESPONSE_SYSTEM)
                                    .setValue(request.responseId())));
        }
        return task;
    }

    /** The kind of advice asked for, coded with its display, exactly as the ehc-advice-type CodeSystem has it. */
    private static Coding adviceType(AdviceRequest request) {
        return new Coding(EhcFhir.CS_ADVICE_TYPE, Codes.code(request.adviceType()), Codes.display(request.adviceType()));
    }

    static Task.TaskStatus status(AdviceRequestStatus status) {
        return STATUS.get(status);
    }

    /** The advice request status a Task status stands for. */
    static AdviceRequestStatus status(Task.TaskStatus status) {
        return STATUS.entrySet().stream().filter(e -> e.getValue() == status).map(Map.Entry::getKey).findFirst()
                .orElse(null);
    }

    private ServiceRequest serviceRequest(AdviceRequest request) {
        ServiceRequest service = new ServiceRequest();
        service.setId("request");
        service.addIdentifier(new Identifier().setSystem(EhcFhir.ADVICE_REQUEST_SYSTEM).setValue(request.requestId()));
        service.setStatus(request.status().isOpen() ? ServiceRequest.ServiceRequestStatus.ACTIVE
                : request.status() == AdviceRequestStatus.COMPLETED ? ServiceRequest.ServiceRequestStatus.COMPLETED
                : ServiceRequest.ServiceRequestStatus.REVOKED);
        service.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
        service.setCode(new CodeableConcept(adviceType(request))
                .setText(request.adviceType() + " advice for an EHC needs assessment"));
        service.setSubject(new Reference("#child"));
        service.setAuthoredOnElement(new DateTimeType(request.requestedOn().toString()));
        service.setRequester(council(request.requestingCouncil()));
        service.addPerformer(organisation(request.recipient()));
        if (request.question() != null) {
            service.addNote().setText(request.question());
        }
        if (request.planId() != null) {
            service.addSupportingInfo(new Reference().setType("Composition")
                    .setIdentifier(new Identifier().setSystem(EhcFhir.ID_EHC_PLAN).setValue(request.planId())));
        }
        return service;
    }

    private static Patient patient(Child child) {
        Patient patient = new Patient();
        patient.setId("child");
        patient.getMeta().addProfile(UK_CORE_PATIENT);
        if (child.nhsNumber() != null) {
            patient.addIdentifier().setSystem(EhcFhir.NHS_NUMBER_SYSTEM).setValue(child.nhsNumber());
        }
        if (child.familyName() != null || child.givenName() != null) {
            var name = patient.addName().setFamily(child.familyName());
            if (child.givenName() != null) {
                name.addGiven(child.givenName());
            }
        }
        if (child.dateOfBirth() != null) {
            patient.setBirthDateElement(new DateType(child.dateOfBirth().toString()));
        }
        if (child.postcode() != null) {
            patient.addAddress().setPostalCode(child.postcode());
        }
        return patient;
    }

    private Reference council(String laCode) {
        return new Reference().setType("Organization")
                .setIdentifier(new Identifier().setSystem(EhcFhir.ID_LA_CODE).setValue(laCode))
                .setDisplay(directory.find(laCode).map(Authority::name).orElse(null));
    }

    private Reference organisation(String odsCode) {
        return new Reference().setType("Organization")
                .setIdentifier(new Identifier().setSystem(EhcFhir.ODS_ORGANISATION_SYSTEM).setValue(odsCode))
                .setDisplay(directory.find(odsCode).map(Authority::name).orElse(null));
    }
}
