package uk.ehcexchange.adapters.fhir;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import uk.ehcexchange.model.Attachment;
import uk.ehcexchange.model.Authorship;
import uk.ehcexchange.model.Child;
import uk.ehcexchange.model.HealthAdvice;
import uk.ehcexchange.model.Outcome;
import uk.ehcexchange.model.ProvisionItem;

/** Reads health advice from a document or message Bundle; see {@link FhirAdviceMapper}. One instance per call. */
final class AdviceDocumentReader {

    /** {@code Task/<id>}, relative or absolute, optionally with a version. */
    private static final Pattern TASK_REFERENCE =
            Pattern.compile("(?:^|/)Task/([A-Za-z0-9\\-.]{1,64})(?:/_history/[A-Za-z0-9\\-.]{1,64})?$");

    private final BundleReader reader;
    private Composition composition;
    private String at;

    AdviceDocumentReader(Bundle bundle) {
        this.reader = new BundleReader(bundle);
    }

    MappedAdvice read() {
        composition = composition();
        at = reader.path(composition);
        String taskId = taskId();
        String adviceId = adviceId();
        Patient patient = reader.resolve(composition.getSubject(), Patient.class, at + ".subject");
        Child child = patient == null ? null : PatientMapping.fromPatient(patient, reader);
        AuthorMapping.Author author = AuthorMapping.read(composition.getAuthor(), reader, at + ".author");
        Organization organization = author == null ? null : author.organization();
        if (organization == null && composition.hasCustodian()) {
            organization = reader.resolve(composition.getCustodian(), Organization.class, at + ".custodian");
        }
        String odsCode = null;
        if (organization != null) {
            odsCode = PlanDocumentReader.identifier(organization.getIdentifier(), EhcFhir.ODS_ORGANISATION_SYSTEM);
            reader.required(odsCode, reader.path(organization) + ".identifier",
                    "the authoring organisation's ODS code (" + EhcFhir.ODS_ORGANISATION_SYSTEM + ")");
        } else if (author != null) {
            reader.error(IssueType.REQUIRED, at + ".author",
                    "the authoring Organization (with its ODS code) is required");
        }
        Authorship authorship = author == null ? null : new Authorship(author.name(), author.role(),
                organization == null ? null : organization.getName(),
                FhirDates.day(composition.getDateElement(), reader, at + ".date"));

        Map<AdviceSectionCode, Composition.SectionComponent> sections = sections();
        List<String> needs = needs(sections.get(AdviceSectionCode.NEEDS));
        List<Outcome> outcomes = outcomes(sections.get(AdviceSectionCode.OUTCOMES));
        List<ProvisionItem> provision = provision(sections.get(AdviceSectionCode.PROVISION));
        List<AdviceAttachment> attachments = attachments(sections.get(AdviceSectionCode.ATTACHMENTS), adviceId);
        reader.throwIfIssues();

        HealthAdvice advice = new HealthAdvice(adviceId, taskId, child, authorship, odsCode, needs, outcomes, provision,
                attachments.stream().map(a -> new Attachment(a.documentReference(), a.title(), a.contentType(),
                        a.sizeBytes(), a.sha256())).toList());
        return new MappedAdvice(taskId, advice, child.nhsNumber(), attachments);
    }

    /** The advice Composition: first entry of a document, or the focus of a message's MessageHeader. */
    private Composition composition() {
        Bundle bundle = reader.bundle();
        if (bundle.getType() == Bundle.BundleType.DOCUMENT) {
            return DocumentShape.composition(reader, "health-advice");
        }
        if (bundle.getType() != Bundle.BundleType.MESSAGE) {
            reader.error(IssueType.INVALID, "Bundle.type", "the Bundle must be of type document or message");
            reader.throwIfIssues();
        }
        if (!(bundle.getEntryFirstRep().getResource() instanceof MessageHeader header)) {
            reader.error(IssueType.STRUCTURE, "Bundle.entry[0].resource",
                    "a message Bundle must start with a MessageHeader");
            reader.throwIfIssues();
            throw new AssertionError("unreachable");
        }
        String event = header.hasEventCoding() ? header.getEventCoding().getCode() : null;
        if (!EhcFhir.CS_MESSAGE_EVENT.equals(header.hasEventCoding() ? header.getEventCoding().getSystem() : null)
                || !AdviceDocumentWriter.EVENT_HEALTH_ADVICE.equals(event)) {
            reader.error(IssueType.CODEINVALID, "Bundle.entry[0].resource.event",
                    "the message event must be " + AdviceDocumentWriter.EVENT_HEALTH_ADVICE + " of "
                            + EhcFhir.CS_MESSAGE_EVENT);
        }
        Composition focus = header.hasFocus()
                ? reader.resolve(header.getFocusFirstRep(), Composition.class, "Bundle.entry[0].resource.focus[0]")
                : reader.required(null, "Bundle.entry[0].resource.focus", "the message focus (the advice Composition)");
        reader.throwIfIssues();
        int index = reader.bundle().getEntry().indexOf(reader.bundle().getEntry().stream()
                .filter(e -> e.getResource() == focus).findFirst().orElseThrow());
        return DocumentShape.composition(reader, index, "health-advice");
    }

    private String taskId() {
        String expression = at + ".extension('" + EhcFhir.EXT_ADVICE_REQUEST + "')";
        Extension extension = composition.getExtensionByUrl(EhcFhir.EXT_ADVICE_REQUEST);
        if (extension == null || !(extension.getValue() instanceof Reference task)) {
            reader.error(IssueType.REQUIRED, expression,
                    "the advice must name the Task it answers (valueReference Task/<id>)");
            return null;
        }
        if (task.hasReference()) {
            Matcher matcher = TASK_REFERENCE.matcher(task.getReference());
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        if (task.hasIdentifier() && EhcFhir.ADVICE_REQUEST_SYSTEM.equals(task.getIdentifier().getSystem())
                && task.getIdentifier().hasValue()) {
            return task.getIdentifier().getValue();
        }
        reader.error(IssueType.VALUE, expression + ".value",
                "the reference must be Task/<id> or carry an identifier in " + EhcFhir.ADVICE_REQUEST_SYSTEM);
        return null;
    }

    /** The Composition's identifier: ours ({@code …/Id/health-advice}) or the sending system's own. */
    private String adviceId() {
        String id = composition.hasIdentifier() ? composition.getIdentifier().getValue() : null;
        return reader.required(id, at + ".identifier", "the advice's identifier");
    }

    private Map<AdviceSectionCode, Composition.SectionComponent> sections() {
        Map<AdviceSectionCode, Composition.SectionComponent> sections = new EnumMap<>(AdviceSectionCode.class);
        for (int i = 0; i < composition.getSection().size(); i++) {
            Composition.SectionComponent section = composition.getSection().get(i);
            AdviceSectionCode code = AdviceSectionCode.of(Codes.codeIn(section.getCode(), EhcFhir.CS_ADVICE_SECTION));
            if (code == null) {
                reader.error(IssueType.CODEINVALID, at + ".section[" + i + "].code",
                        "each section needs a code of " + EhcFhir.CS_ADVICE_SECTION);
            } else if (sections.putIfAbsent(code, section) != null) {
                reader.error(IssueType.DUPLICATE, at + ".section[" + i + "].code",
                        "section " + code.code + " appears more than once");
            }
        }
        return sections;
    }

    private <T extends org.hl7.fhir.r4.model.Resource> List<T> entries(Composition.SectionComponent section,
                                                                      Class<T> type) {
        List<T> resources = new ArrayList<>();
        if (section == null) {
            return resources;
        }
        int index = composition.getSection().indexOf(section);
        for (int i = 0; i < section.getEntry().size(); i++) {
            T resource = reader.resolve(section.getEntry().get(i), type,
                    at + ".section[" + index + "].entry[" + i + "]");
            if (resource != null) {
                resources.add(resource);
            }
        }
        return resources;
    }

    /** Each Condition is one need: its text, else the display of its first coding. */
    private List<String> needs(Composition.SectionComponent section) {
        List<String> needs = new ArrayList<>();
        for (Condition condition : entries(section, Condition.class)) {
            CodeableConcept code = condition.getCode();
            String text = code.hasText() ? code.getText()
                    : code.hasCoding() && code.getCodingFirstRep().hasDisplay() ? code.getCodingFirstRep().getDisplay()
                    : null;
            if (reader.required(text, reader.path(condition) + ".code", "the need's text or coded display") != null) {
                needs.add(text);
            }
        }
        return needs;
    }

    private List<Outcome> outcomes(Composition.SectionComponent section) {
        return entries(section, Goal.class).stream().map(goal -> OutcomeMapping.read(goal, reader)).toList();
    }

    private List<ProvisionItem> provision(Composition.SectionComponent section) {
        List<ProvisionItem> items = new ArrayList<>();
        for (CarePlan carePlan : entries(section, CarePlan.class)) {
            items.addAll(ProvisionMapping.readActivities(carePlan, reader));
        }
        return items;
    }

    private List<AdviceAttachment> attachments(Composition.SectionComponent section, String adviceId) {
        List<AdviceAttachment> attachments = new ArrayList<>();
        List<DocumentReference> documents = entries(section, DocumentReference.class);
        for (int i = 0; i < documents.size(); i++) {
            DocumentReference document = documents.get(i);
            String path = reader.path(document) + ".content[0].attachment";
            org.hl7.fhir.r4.model.Attachment attachment = document.getContentFirstRep().getAttachment();
            String contentType = reader.required(attachment.getContentType(), path + ".contentType", "the content type");
            if (!attachment.hasData()) {
                reader.error(IssueType.NOTSUPPORTED, path + ".data",
                        "attachments must be sent inline (data); the hub does not fetch URLs");
                continue;
            }
            byte[] data = attachment.getData();
            if (attachment.hasSize() && attachment.getSize() != data.length) {
                reader.error(IssueType.VALUE, path + ".size", "the size does not match the data");
            }
            String reference = document.hasMasterIdentifier()
                    && EhcFhir.ID_DOCUMENT_REFERENCE.equals(document.getMasterIdentifier().getSystem())
                    ? document.getMasterIdentifier().getValue()
                    : adviceId + "/attachment-" + (i + 1);
            String title = attachment.hasTitle() ? attachment.getTitle() : document.getDescription();
            attachments.add(new AdviceAttachment(reference, title, contentType, data.length, sha256(data),
                    () -> new ByteArrayInputStream(data)));
        }
        return attachments;
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
