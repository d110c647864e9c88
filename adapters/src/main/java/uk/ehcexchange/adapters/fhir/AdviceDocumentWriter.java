package uk.ehcexchange.adapters.fhir;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Reference;
import uk.ehcexchange.model.Attachment;
import uk.ehcexchange.model.HealthAdvice;
import uk.ehcexchange.model.Outcome;

/** Writes the advice Bundles a trust sends; see {@link FhirAdviceMapper}. One instance per call. */
final class AdviceDocumentWriter {

    static final String EVENT_HEALTH_ADVICE = "health-advice";
    private static final String CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    private static final String CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";

    private final HealthAdvice advice;
    private final AdviceBundleContext context;
    private final DocumentEntries entries;
    private final Composition composition = new Composition();
    private Reference patient;

    AdviceDocumentWriter(HealthAdvice advice, AdviceBundleContext context) {
        this.advice = advice;
        this.context = context;
        this.entries = new DocumentEntries("health-advice/" + advice.adviceId());
    }

    Bundle document() {
        Bundle bundle = bundle(Bundle.BundleType.DOCUMENT);
        entries.add("Composition", () -> composition);
        writeContent();
        entries.addTo(bundle);
        return bundle;
    }

    /** MessageHeader first (event {@code health-advice}, focus on the Composition), then the document's entries. */
    Bundle message() {
        Bundle bundle = bundle(Bundle.BundleType.MESSAGE);
        Reference focus = entries.reference("Composition");
        entries.add("MessageHeader", () -> {
            MessageHeader header = new MessageHeader();
            header.getMeta().addProfile(EhcFhir.UK_CORE_PROFILE_BASE + "MessageHeader");
            header.setEvent(new Coding(EhcFhir.CS_MESSAGE_EVENT, EVENT_HEALTH_ADVICE, "Health advice"));
            header.getSource().setEndpoint("urn:nhs:ods:" + advice.odsCode());
            header.setSender(entries.reference("Organization/author"));
            header.addFocus(focus);
            return header;
        });
        entries.add("Composition", () -> composition);
        writeContent();
        entries.addTo(bundle);
        return bundle;
    }

    private Bundle bundle(Bundle.BundleType type) {
        Bundle bundle = new Bundle();
        bundle.setId(context.bundleId());
        bundle.getMeta().addProfile(EhcFhir.UK_CORE_PROFILE_BASE + "Bundle");
        bundle.setIdentifier(new Identifier().setSystem(EhcFhir.ID_BUNDLE).setValue(context.bundleId()));
        bundle.setType(type);
        bundle.setTimestampElement(new InstantType(context.timestamp().toString()));
        return bundle;
    }

    private void writeContent() {
        patient = advice.child() == null ? null : entries.add("Patient", () -> PatientMapping.toPatient(advice.child()));
        Reference organization = entries.add("Organization/author", this::organization);
        composition.getMeta().addProfile(EhcFhir.PROFILE_HEALTH_ADVICE_COMPOSITION);
        if (advice.requestReference() != null) {
            composition.addExtension(EhcFhir.EXT_ADVICE_REQUEST, new Reference("Task/" + advice.requestReference()));
        }
        composition.setIdentifier(new Identifier().setSystem(EhcFhir.ID_HEALTH_ADVICE).setValue(advice.adviceId()));
        composition.setStatus(Composition.CompositionStatus.FINAL);
        composition.setType(Codes.concept(EhcFhir.CS_DOCUMENT_TYPE, "health-advice", "Health advice"));
        composition.setSubject(patient);
        composition.setDateElement(advice.author() != null && advice.author().writtenOn() != null
                ? new DateTimeType(advice.author().writtenOn().toString())
                : new DateTimeType(context.timestamp().toString()));
        if (advice.author() != null) {
            composition.addAuthor(AuthorMapping.write(advice.author(), entries, organization));
        }
        composition.setTitle("Health advice for an EHC needs assessment");
        composition.setCustodian(organization.copy());
        needs();
        Map<String, Reference> goals = outcomes();
        provision(goals);
        attachments();
    }

    private Organization organization() {
        Organization organization = new Organization();
        organization.getMeta().addProfile(EhcFhir.UK_CORE_PROFILE_BASE + "Organization");
        if (advice.odsCode() != null) {
            organization.addIdentifier().setSystem(EhcFhir.ODS_ORGANISATION_SYSTEM).setValue(advice.odsCode());
        }
        organization.setName(advice.author() == null ? null : advice.author().organisation());
        return organization;
    }

    private Composition.SectionComponent section(AdviceSectionCode code, boolean empty) {
        Composition.SectionComponent section = composition.addSection();
        section.setTitle(code.display);
        section.setCode(Codes.concept(EhcFhir.CS_ADVICE_SECTION, code.code, code.display));
        if (empty) {
            PlanDocumentWriter.empty(section, "nilknown", "Nil Known", "None recorded.");
        }
        return section;
    }

    private void needs() {
        List<String> needs = advice.needs();
        Composition.SectionComponent section = section(AdviceSectionCode.NEEDS, needs.isEmpty());
        for (int i = 0; i < needs.size(); i++) {
            String need = needs.get(i);
            section.addEntry(entries.add("Condition/" + i, () -> {
                Condition condition = new Condition();
                condition.getMeta().addProfile(EhcFhir.UK_CORE_PROFILE_BASE + "Condition");
                condition.setClinicalStatus(Codes.concept(CONDITION_CLINICAL, "active", "Active"));
                condition.addCategory(Codes.concept(CONDITION_CATEGORY, "problem-list-item", "Problem List Item"));
                CodeableConcept code = new CodeableConcept().setText(need);
                Coding coding = context.needCodes().get(need);
                if (coding != null) {
                    code.addCoding(coding.copy());
                }
                condition.setCode(code);
                condition.setSubject(patient == null ? null : patient.copy());
                return condition;
            }));
        }
    }

    private Map<String, Reference> outcomes() {
        Map<String, Reference> goals = new LinkedHashMap<>();
        Composition.SectionComponent section = section(AdviceSectionCode.OUTCOMES, advice.outcomes().isEmpty());
        for (Outcome outcome : advice.outcomes()) {
            Reference goal = OutcomeMapping.write(outcome, entries, patient);
            goals.put(outcome.id(), goal);
            section.addEntry(goal.copy());
        }
        return goals;
    }

    private void provision(Map<String, Reference> goals) {
        Composition.SectionComponent section = section(AdviceSectionCode.PROVISION, false);
        section.addEntry(entries.add("CarePlan/recommended-provision", () -> {
            CarePlan carePlan = new CarePlan();
            carePlan.getMeta().addProfile(EhcFhir.UK_CORE_PROFILE_BASE + "CarePlan");
            carePlan.setStatus(CarePlan.CarePlanStatus.DRAFT);
            carePlan.setIntent(CarePlan.CarePlanIntent.PROPOSAL);
            carePlan.addCategory(Codes.concept(EhcFhir.CS_ADVICE_SECTION, AdviceSectionCode.PROVISION.code,
                    AdviceSectionCode.PROVISION.display));
            carePlan.setTitle("Recommended provision");
            carePlan.setSubject(patient == null ? null : patient.copy());
            ProvisionMapping.writeActivities(carePlan, advice.recommendedProvision(), goals);
            return carePlan;
        }));
    }

    private void attachments() {
        List<Attachment> attachments = advice.attachments();
        Composition.SectionComponent section = section(AdviceSectionCode.ATTACHMENTS, attachments.isEmpty());
        for (int i = 0; i < attachments.size(); i++) {
            Attachment attachment = attachments.get(i);
            byte[] content = context.attachmentContent().get(attachment.documentReference());
            if (content == null) {
                throw new IllegalArgumentException("no content given for attachment " + i);
            }
            section.addEntry(entries.add("DocumentReference/" + i, () -> {
                DocumentReference document = new DocumentReference();
                document.getMeta().addProfile(EhcFhir.UK_CORE_PROFILE_BASE + "DocumentReference");
                document.setMasterIdentifier(new Identifier().setSystem(EhcFhir.ID_DOCUMENT_REFERENCE)
                        .setValue(attachment.documentReference()));
                document.setStatus(Enumerations.DocumentReferenceStatus.CURRENT);
                document.setSubject(patient == null ? null : patient.copy());
                document.addContent().getAttachment()
                        .setContentType(attachment.mediaType())
                        .setData(content)
                        .setSize(content.length)
                        .setTitle(attachment.title());
                return document;
            }));
        }
    }
}
