package uk.ehcexchange.adapters.fhir;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Money;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import uk.ehcexchange.model.AdviceReceived;
import uk.ehcexchange.model.AdviceSection;
import uk.ehcexchange.model.Authorship;
import uk.ehcexchange.model.BudgetLine;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.model.Establishment;
import uk.ehcexchange.model.NarrativeSection;
import uk.ehcexchange.model.Outcome;
import uk.ehcexchange.model.OutcomesSection;
import uk.ehcexchange.model.PersonalBudgetSection;
import uk.ehcexchange.model.PlacementSection;
import uk.ehcexchange.model.PlanDates;
import uk.ehcexchange.model.PlanSections;
import uk.ehcexchange.model.PlanStatus;
import uk.ehcexchange.model.ProvisionSection;
import uk.ehcexchange.model.SenNeed;

/** Writes one plan document; see {@link FhirPlanMapper#toDocumentBundle} for the layout. One instance per call. */
final class PlanDocumentWriter {

    /** FHIR's organization-type code for a school, college or other place of education (UK Core OrganizationType). */
    static final Coding EDUCATIONAL_INSTITUTE = new Coding("http://terminology.hl7.org/CodeSystem/organization-type",
            "edu", "Educational Institute");

    private final EhcPlan plan;
    private final PlanBundleContext context;
    private final DocumentEntries entries;
    private final Composition composition = new Composition();
    private Reference patient;
    private final Map<String, Reference> goals = new LinkedHashMap<>();

    PlanDocumentWriter(EhcPlan plan, PlanBundleContext context) {
        this.plan = plan;
        this.context = context;
        this.entries = new DocumentEntries("ehc-plan/" + plan.planId());
    }

    Bundle write() {
        entries.add("Composition", () -> composition);
        patient = plan.child() == null ? null : entries.add("Patient", () -> PatientMapping.toPatient(plan.child()));
        Reference council = entries.add("Organization/council", this::council);
        writeComposition(council);
        Bundle bundle = new Bundle();
        bundle.setId(context.bundleId());
        bundle.getMeta().addProfile(EhcFhir.UK_CORE_PROFILE_BASE + "Bundle");
        bundle.setIdentifier(new Identifier().setSystem(EhcFhir.ID_BUNDLE).setValue(context.bundleId()));
        bundle.setType(Bundle.BundleType.DOCUMENT);
        bundle.setTimestampElement(new InstantType(context.timestamp().toString()));
        entries.addTo(bundle);
        return bundle;
    }

    private Organization council() {
        Organization council = new Organization();
        council.getMeta().addProfile(EhcFhir.UK_CORE_PROFILE_BASE + "Organization");
        council.addIdentifier().setSystem(EhcFhir.ID_LA_CODE).setValue(plan.owningCouncil());
        council.setName(context.councilName());
        return council;
    }

    private void writeComposition(Reference council) {
        composition.getMeta().addProfile(EhcFhir.PROFILE_EHC_PLAN_COMPOSITION);
        if (plan.status() != null) {
            composition.addExtension(EhcFhir.EXT_PLAN_STATUS, new CodeType(Codes.code(plan.status())));
        }
        if (plan.ceasedReason() != null) {
            composition.addExtension(EhcFhir.EXT_CEASED_REASON, new CodeType(Codes.code(plan.ceasedReason())));
        }
        writeDates(plan.dates());
        for (SenNeed need : plan.needTypes()) {
            Extension extension = composition.addExtension().setUrl(EhcFhir.EXT_SEN_NEED);
            if (need.type() != null) {
                extension.addExtension("type", new CodeType(Codes.code(need.type())));
            }
            if (need.rank() != null) {
                extension.addExtension("rank", new PositiveIntType(need.rank()));
            }
        }
        composition.setIdentifier(new Identifier().setSystem(EhcFhir.ID_EHC_PLAN).setValue(plan.planId()));
        composition.setStatus(plan.status() == PlanStatus.DRAFT
                ? Composition.CompositionStatus.PRELIMINARY
                : Composition.CompositionStatus.FINAL);
        composition.setType(Codes.concept(EhcFhir.CS_DOCUMENT_TYPE, "ehc-plan", "Education, health and care plan"));
        composition.setSubject(patient);
        composition.setDateElement(new DateTimeType(context.timestamp().toString()));
        composition.addAuthor(council.copy());
        composition.setTitle("Education, health and care plan");
        composition.setCustodian(council.copy());
        PlanSections sections = plan.sections();
        if (sections == null) {
            return;
        }
        narrative(PlanSectionCode.A, sections.a());
        narrative(PlanSectionCode.B, sections.b());
        narrative(PlanSectionCode.C, sections.c());
        narrative(PlanSectionCode.D, sections.d());
        outcomes(sections.e());
        provision(PlanSectionCode.F, sections.f(), sections);
        provision(PlanSectionCode.G, sections.g(), sections);
        provision(PlanSectionCode.H1, sections.h1(), sections);
        provision(PlanSectionCode.H2, sections.h2(), sections);
        placement(sections.i());
        budget(sections.j());
        advice(sections.k());
    }

    private void writeDates(PlanDates dates) {
        if (dates == null) {
            return;
        }
        Extension extension = new Extension(EhcFhir.EXT_PLAN_DATES);
        if (dates.requestReceived() != null) {
            extension.addExtension("requestReceived", FhirDates.date(dates.requestReceived()));
        }
        if (dates.issued() != null) {
            extension.addExtension("issued", FhirDates.date(dates.issued()));
        }
        if (dates.lastReviewed() != null) {
            extension.addExtension("lastReviewed", FhirDates.date(dates.lastReviewed()));
        }
        if (extension.hasExtension()) {
            composition.addExtension(extension);
        }
    }

    private Composition.SectionComponent section(PlanSectionCode code, Authorship author) {
        Composition.SectionComponent section = composition.addSection();
        section.setTitle(code.title());
        section.setCode(Codes.concept(EhcFhir.CS_PLAN_SECTION, code.code, code.display));
        if (author != null) {
            section.addAuthor(AuthorMapping.write(author, entries, null));
            if (author.writtenOn() != null) {
                section.addExtension(EhcFhir.EXT_WRITTEN_ON, FhirDates.date(author.writtenOn()));
            }
        }
        return section;
    }

    /** An empty section says why (emptyReason) and, since R4's cmp-1 wants text or entries, says so in text. */
    static void empty(Composition.SectionComponent section, String code, String display, String sentence) {
        section.setText(Narratives.generated(List.of(sentence)));
        section.setEmptyReason(Codes.concept(EhcFhir.CS_LIST_EMPTY_REASON, code, display));
    }

    private void narrative(PlanSectionCode code, NarrativeSection content) {
        if (content == null) {
            return;
        }
        Composition.SectionComponent section = section(code, content.author());
        if (content.text() != null) {
            section.setText(Narratives.prose(content.text()));
        } else {
            empty(section, "unavailable", "Unavailable", "This section has no text.");
        }
    }

    private void outcomes(OutcomesSection content) {
        if (content == null) {
            return;
        }
        Composition.SectionComponent section = section(PlanSectionCode.E, content.author());
        for (Outcome outcome : content.outcomes()) {
            Reference goal = OutcomeMapping.write(outcome, entries, patient);
            goals.put(outcome.id(), goal);
            section.addEntry(goal.copy());
        }
        if (content.outcomes().isEmpty()) {
            empty(section, "nilknown", "Nil Known", "No outcomes are recorded.");
        }
    }

    /** One CarePlan per provision section; the health CarePlan (G) points at the others as supporting information. */
    private void provision(PlanSectionCode code, ProvisionSection content, PlanSections sections) {
        if (content == null) {
            return;
        }
        Composition.SectionComponent section = section(code, content.author());
        Reference carePlan = entries.add("CarePlan/" + code.code, () -> {
            CarePlan resource = new CarePlan();
            resource.getMeta().addProfile(EhcFhir.UK_CORE_PROFILE_BASE + "CarePlan");
            resource.setStatus(switch (plan.status() == null ? PlanStatus.FINAL : plan.status()) {
                case DRAFT -> CarePlan.CarePlanStatus.DRAFT;
                case FINAL -> CarePlan.CarePlanStatus.ACTIVE;
                case CEASED -> CarePlan.CarePlanStatus.COMPLETED;
            });
            resource.setIntent(CarePlan.CarePlanIntent.PLAN);
            resource.addCategory(Codes.concept(EhcFhir.CS_PLAN_SECTION, code.code, code.display));
            resource.setTitle(code.title());
            resource.setSubject(patient == null ? null : patient.copy());
            if (code == PlanSectionCode.G) {
                if (sections.f() != null) {
                    resource.addSupportingInfo(entries.reference("CarePlan/F"));
                }
                if (sections.h1() != null) {
                    resource.addSupportingInfo(entries.reference("CarePlan/H1"));
                }
                if (sections.h2() != null) {
                    resource.addSupportingInfo(entries.reference("CarePlan/H2"));
                }
            }
            ProvisionMapping.writeActivities(resource, content.items(), goals);
            return resource;
        });
        section.addEntry(carePlan);
    }

    private void placement(PlacementSection content) {
        if (content == null) {
            return;
        }
        Composition.SectionComponent section = section(PlanSectionCode.I, content.author());
        Establishment establishment = content.establishment();
        if (establishment == null && content.placementType() != null) {
            typeOfPlacement(section, content);
            return;
        }
        if (establishment == null) {
            empty(section, "notstarted", "Not Started", "No school or other institution is named yet.");
            return;
        }
        section.addEntry(entries.add("Organization/establishment", () -> {
            Organization organization = new Organization();
            organization.getMeta().addProfile(EhcFhir.UK_CORE_PROFILE_BASE + "Organization");
            if (establishment.urn() != null) {
                organization.addIdentifier().setSystem(EhcFhir.ID_SCHOOL_URN).setValue(establishment.urn());
            }
            if (establishment.ukprn() != null) {
                organization.addIdentifier().setSystem(EhcFhir.ID_UKPRN).setValue(establishment.ukprn());
            }
            if (establishment.type() != null) {
                // UK Core binds Organization.type to its OrganizationType value set (extensible): every establishment
                // a plan names is an educational institute, so that code goes beside ours, which says which kind.
                organization.addType(Codes.concept(EhcFhir.CS_ESTABLISHMENT_TYPE, Codes.code(establishment.type()),
                        Codes.display(establishment.type())).addCoding(EDUCATIONAL_INSTITUTE.copy()));
            }
            organization.setName(establishment.name());
            return organization;
        }));
    }

    /** Reg 12(1)(i) lets section I name only the type of placement: an extension, and the same in words. */
    private static void typeOfPlacement(Composition.SectionComponent section, PlacementSection content) {
        Extension extension = section.addExtension().setUrl(EhcFhir.EXT_PLACEMENT_TYPE);
        extension.addExtension("type", new CodeType(Codes.code(content.placementType())));
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Type of placement: " + Codes.display(content.placementType()) + ".");
        if (content.placementDescription() != null) {
            extension.addExtension("description", new StringType(content.placementDescription()));
            paragraphs.add(content.placementDescription());
        }
        section.setText(Narratives.generated(paragraphs));
    }

    /** FHIR R4 has no resource for a personal budget: each line is an extension on the section, rendered as text. */
    private void budget(PersonalBudgetSection content) {
        if (content == null) {
            return;
        }
        Composition.SectionComponent section = section(PlanSectionCode.J, content.author());
        List<String> paragraphs = new ArrayList<>();
        for (BudgetLine line : content.lines()) {
            Extension extension = section.addExtension().setUrl(EhcFhir.EXT_BUDGET_LINE);
            if (line.stream() != null) {
                extension.addExtension("stream", new CodeType(Codes.code(line.stream())));
            }
            if (line.annualAmount() != null) {
                extension.addExtension("annualAmount", new Money().setValue(line.annualAmount()).setCurrency("GBP"));
            }
            extension.addExtension("directPayment", new BooleanType(line.directPayment()));
            if (line.description() != null) {
                extension.addExtension("description", new StringType(line.description()));
            }
            for (String outcomeId : line.outcomeIds()) {
                Reference goal = goals.get(outcomeId);
                if (goal == null) {
                    throw new IllegalArgumentException("a budget line names an outcome the document does not have");
                }
                extension.addExtension(EhcFhir.BUDGET_LINE_OUTCOME, goal.copy());
            }
            if (line.needsMet() != null) {
                extension.addExtension(EhcFhir.BUDGET_LINE_NEEDS_MET, new StringType(line.needsMet()));
            }
            paragraphs.add(describe(line));
        }
        if (paragraphs.isEmpty()) {
            empty(section, "nilknown", "Nil Known", "No personal budget was requested.");
        } else {
            section.setText(Narratives.generated(paragraphs));
        }
    }

    private static String describe(BudgetLine line) {
        BigDecimal amount = line.annualAmount();
        return (line.stream() == null ? "Budget" : Codes.display(line.stream()))
                + (amount == null ? "" : ": £" + amount.toPlainString() + " a year")
                + (line.directPayment() ? ", as a direct payment" : "")
                + (line.description() == null ? "" : ". " + line.description())
                + (line.needsMet() == null ? "" : ". Meant to meet: " + line.needsMet());
    }

    private void advice(AdviceSection content) {
        if (content == null) {
            return;
        }
        Composition.SectionComponent section = section(PlanSectionCode.K, content.author());
        List<AdviceReceived> advice = content.advice();
        for (int i = 0; i < advice.size(); i++) {
            AdviceReceived received = advice.get(i);
            section.addEntry(entries.add("DocumentReference/K/" + i, () -> adviceDocument(received)));
        }
        if (advice.isEmpty()) {
            empty(section, "nilknown", "Nil Known", "No advice is recorded.");
        }
    }

    private DocumentReference adviceDocument(AdviceReceived received) {
        DocumentReference document = new DocumentReference();
        document.getMeta().addProfile(EhcFhir.UK_CORE_PROFILE_BASE + "DocumentReference");
        if (received.receivedOn() != null) {
            document.addExtension(EhcFhir.EXT_ADVICE_RECEIVED_ON, FhirDates.date(received.receivedOn()));
        }
        if (received.documentReference() != null) {
            document.setMasterIdentifier(new Identifier().setSystem(EhcFhir.ID_DOCUMENT_REFERENCE)
                    .setValue(received.documentReference()));
        }
        document.setStatus(Enumerations.DocumentReferenceStatus.CURRENT);
        String title = received.type() == null ? "Advice" : Codes.display(received.type()) + " advice";
        if (received.type() != null) {
            // A category, not the type: UK Core binds DocumentReference.type (extensible) to SNOMED CT's record
            // composition types, and which of those fits a kind of reg 6 advice is not ours to guess.
            document.addCategory(Codes.concept(EhcFhir.CS_ADVICE_TYPE, Codes.code(received.type()),
                    Codes.display(received.type())));
        }
        document.setSubject(patient == null ? null : patient.copy());
        if (received.authorOrganisation() != null) {
            document.addAuthor(new Reference().setDisplay(received.authorOrganisation()));
        }
        // The advice itself travels in the transfer package or the council's records, not in this document.
        document.addContent().getAttachment().setTitle(title);
        return document;
    }
}
