package uk.ehcexchange.adapters.fhir;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Money;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import uk.ehcexchange.model.AdviceReceived;
import uk.ehcexchange.model.AdviceSection;
import uk.ehcexchange.model.AdviceType;
import uk.ehcexchange.model.Authorship;
import uk.ehcexchange.model.BudgetLine;
import uk.ehcexchange.model.CeasedReason;
import uk.ehcexchange.model.Child;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.model.Establishment;
import uk.ehcexchange.model.EstablishmentType;
import uk.ehcexchange.model.FundingStream;
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
import uk.ehcexchange.model.SenSetting;
import uk.ehcexchange.model.SenType;

/** Reads one plan document written by {@link PlanDocumentWriter}, naming every element that is not as written. */
final class PlanDocumentReader {

    private final BundleReader reader;
    private Composition composition;
    private String compositionPath;

    PlanDocumentReader(Bundle bundle) {
        this.reader = new BundleReader(bundle);
    }

    EhcPlan read() {
        composition = DocumentShape.composition(reader, "ehc-plan");
        compositionPath = reader.path(composition);
        String planId = identifier(List.of(composition.getIdentifier()), EhcFhir.ID_EHC_PLAN);
        reader.required(planId, compositionPath + ".identifier", "an identifier in " + EhcFhir.ID_EHC_PLAN);
        PlanStatus status = code(composition.getExtensionByUrl(EhcFhir.EXT_PLAN_STATUS), PlanStatus.class,
                compositionPath + ".extension('" + EhcFhir.EXT_PLAN_STATUS + "')", true);
        CeasedReason ceasedReason = code(composition.getExtensionByUrl(EhcFhir.EXT_CEASED_REASON),
                CeasedReason.class, compositionPath + ".extension('" + EhcFhir.EXT_CEASED_REASON + "')", false);
        Organization custodian = reader.resolve(composition.getCustodian(), Organization.class,
                compositionPath + ".custodian");
        String owningCouncil = custodian == null ? null : identifier(custodian.getIdentifier(), EhcFhir.ID_LA_CODE);
        if (custodian != null) {
            reader.required(owningCouncil, reader.path(custodian) + ".identifier",
                    "the owning council's LA code (" + EhcFhir.ID_LA_CODE + ")");
        }
        Patient patient = reader.resolve(composition.getSubject(), Patient.class, compositionPath + ".subject");
        Child child = patient == null ? null : PatientMapping.fromPatient(patient, reader);
        PlanDates dates = dates();
        List<SenNeed> needTypes = needTypes();
        PlanSections sections = sections();
        reader.throwIfIssues();
        return new EhcPlan(planId, owningCouncil, status, ceasedReason, dates, child, needTypes, sections);
    }

    private List<SenNeed> needTypes() {
        List<SenNeed> needs = new ArrayList<>();
        for (int i = 0; i < composition.getExtension().size(); i++) {
            Extension need = composition.getExtension().get(i);
            if (!EhcFhir.EXT_SEN_NEED.equals(need.getUrl())) {
                continue;
            }
            String at = compositionPath + ".extension[" + i + "]";
            SenType type = code(need.getExtensionByUrl("type"), SenType.class, at + ".extension('type')", true);
            Extension rank = need.getExtensionByUrl("rank");
            needs.add(new SenNeed(type, rank != null && rank.getValue() instanceof PositiveIntType value
                    ? value.getValue() : null));
        }
        return needs;
    }

    private PlanDates dates() {
        Extension extension = composition.getExtensionByUrl(EhcFhir.EXT_PLAN_DATES);
        if (extension == null) {
            return null;
        }
        String at = compositionPath + ".extension('" + EhcFhir.EXT_PLAN_DATES + "')";
        return new PlanDates(subDate(extension, "requestReceived", at), subDate(extension, "issued", at),
                subDate(extension, "lastReviewed", at));
    }

    private LocalDate subDate(Extension extension, String url, String at) {
        Extension sub = extension.getExtensionByUrl(url);
        return sub == null ? null : FhirDates.day(sub.getValue(), reader, at + ".extension('" + url + "').value");
    }

    private PlanSections sections() {
        if (!composition.hasSection()) {
            return null;
        }
        Map<PlanSectionCode, Composition.SectionComponent> byCode = new EnumMap<>(PlanSectionCode.class);
        Map<PlanSectionCode, String> paths = new EnumMap<>(PlanSectionCode.class);
        for (int i = 0; i < composition.getSection().size(); i++) {
            Composition.SectionComponent section = composition.getSection().get(i);
            String at = compositionPath + ".section[" + i + "]";
            PlanSectionCode code = PlanSectionCode.of(Codes.codeIn(section.getCode(), EhcFhir.CS_PLAN_SECTION));
            if (code == null) {
                reader.error(IssueType.CODEINVALID, at + ".code", "each section needs a code of " + EhcFhir.CS_PLAN_SECTION);
            } else if (byCode.putIfAbsent(code, section) != null) {
                reader.error(IssueType.DUPLICATE, at + ".code", "section " + code.code + " appears more than once");
            } else {
                paths.put(code, at);
            }
        }
        return new PlanSections(
                narrative(byCode.get(PlanSectionCode.A), paths.get(PlanSectionCode.A)),
                narrative(byCode.get(PlanSectionCode.B), paths.get(PlanSectionCode.B)),
                narrative(byCode.get(PlanSectionCode.C), paths.get(PlanSectionCode.C)),
                narrative(byCode.get(PlanSectionCode.D), paths.get(PlanSectionCode.D)),
                outcomes(byCode.get(PlanSectionCode.E), paths.get(PlanSectionCode.E)),
                provision(byCode.get(PlanSectionCode.F), paths.get(PlanSectionCode.F)),
                provision(byCode.get(PlanSectionCode.G), paths.get(PlanSectionCode.G)),
                provision(byCode.get(PlanSectionCode.H1), paths.get(PlanSectionCode.H1)),
                provision(byCode.get(PlanSectionCode.H2), paths.get(PlanSectionCode.H2)),
                placement(byCode.get(PlanSectionCode.I), paths.get(PlanSectionCode.I)),
                budget(byCode.get(PlanSectionCode.J), paths.get(PlanSectionCode.J)),
                advice(byCode.get(PlanSectionCode.K), paths.get(PlanSectionCode.K)));
    }

    private Authorship author(Composition.SectionComponent section, String at) {
        Extension writtenOn = section.getExtensionByUrl(EhcFhir.EXT_WRITTEN_ON);
        LocalDate day = writtenOn == null ? null
                : FhirDates.day(writtenOn.getValue(), reader, at + ".extension('" + EhcFhir.EXT_WRITTEN_ON + "').value");
        if (!section.hasAuthor()) {
            return day == null ? null : new Authorship(null, null, null, day);
        }
        AuthorMapping.Author author = AuthorMapping.read(section.getAuthor(), reader, at + ".author");
        return author == null ? null : author.authorship(day);
    }

    private NarrativeSection narrative(Composition.SectionComponent section, String at) {
        if (section == null) {
            return null;
        }
        boolean hasText = section.hasText() && !section.hasEmptyReason();
        return new NarrativeSection(author(section, at), hasText ? Narratives.proseText(section.getText()) : null);
    }

    private OutcomesSection outcomes(Composition.SectionComponent section, String at) {
        if (section == null) {
            return null;
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < section.getEntry().size(); i++) {
            Goal goal = reader.resolve(section.getEntry().get(i), Goal.class, at + ".entry[" + i + "]");
            if (goal != null) {
                outcomes.add(OutcomeMapping.read(goal, reader));
            }
        }
        return new OutcomesSection(author(section, at), outcomes);
    }

    private ProvisionSection provision(Composition.SectionComponent section, String at) {
        if (section == null) {
            return null;
        }
        CarePlan carePlan = section.hasEntry()
                ? reader.resolve(section.getEntryFirstRep(), CarePlan.class, at + ".entry[0]")
                : null;
        return new ProvisionSection(author(section, at),
                carePlan == null ? List.of() : ProvisionMapping.readActivities(carePlan, reader));
    }

    private PlacementSection placement(Composition.SectionComponent section, String at) {
        if (section == null) {
            return null;
        }
        Organization organization = section.hasEntry()
                ? reader.resolve(section.getEntryFirstRep(), Organization.class, at + ".entry[0]")
                : null;
        Establishment establishment = null;
        if (organization != null) {
            String typeCode = organization.hasType()
                    ? Codes.codeIn(organization.getTypeFirstRep(), EhcFhir.CS_ESTABLISHMENT_TYPE) : null;
            EstablishmentType type = Codes.fromCode(EstablishmentType.class, typeCode);
            if (typeCode != null && type == null) {
                reader.error(IssueType.CODEINVALID, reader.path(organization) + ".type[0]",
                        "not a code of " + EhcFhir.CS_ESTABLISHMENT_TYPE);
            }
            establishment = new Establishment(organization.getName(),
                    identifier(organization.getIdentifier(), EhcFhir.ID_SCHOOL_URN),
                    identifier(organization.getIdentifier(), EhcFhir.ID_UKPRN), type);
        }
        Extension placementType = section.getExtensionByUrl(EhcFhir.EXT_PLACEMENT_TYPE);
        if (placementType == null) {
            return new PlacementSection(author(section, at), establishment);
        }
        String typeAt = at + ".extension('" + EhcFhir.EXT_PLACEMENT_TYPE + "')";
        SenSetting type = code(placementType.getExtensionByUrl("type"), SenSetting.class, typeAt + ".extension('type')",
                true);
        Extension description = placementType.getExtensionByUrl("description");
        return new PlacementSection(author(section, at), establishment, type,
                description == null ? null : primitive(description.getValue()));
    }

    private PersonalBudgetSection budget(Composition.SectionComponent section, String at) {
        if (section == null) {
            return null;
        }
        List<BudgetLine> lines = new ArrayList<>();
        for (int i = 0; i < section.getExtension().size(); i++) {
            Extension line = section.getExtension().get(i);
            if (!EhcFhir.EXT_BUDGET_LINE.equals(line.getUrl())) {
                continue;
            }
            String lineAt = at + ".extension[" + i + "]";
            Extension stream = line.getExtensionByUrl("stream");
            FundingStream fundingStream = null;
            if (stream != null) {
                fundingStream = Codes.fromCode(FundingStream.class, primitive(stream.getValue()));
                if (fundingStream == null) {
                    reader.error(IssueType.CODEINVALID, lineAt + ".extension('stream')",
                            "not a code of " + EhcFhir.CS_FUNDING_STREAM);
                }
            }
            Extension amount = line.getExtensionByUrl("annualAmount");
            BigDecimal annualAmount = amount != null && amount.getValue() instanceof Money money ? money.getValue() : null;
            Extension direct = line.getExtensionByUrl("directPayment");
            boolean directPayment = direct != null && direct.getValue() instanceof BooleanType flag
                    && flag.booleanValue();
            Extension description = line.getExtensionByUrl("description");
            List<String> outcomeIds = new ArrayList<>();
            for (int o = 0; o < line.getExtension().size(); o++) {
                Extension outcome = line.getExtension().get(o);
                if (EhcFhir.BUDGET_LINE_OUTCOME.equals(outcome.getUrl()) && outcome.getValue() instanceof Reference ref) {
                    ProvisionMapping.outcomeId(ref, reader, lineAt + ".extension[" + o + "].value")
                            .ifPresent(outcomeIds::add);
                }
            }
            Extension needsMet = line.getExtensionByUrl(EhcFhir.BUDGET_LINE_NEEDS_MET);
            lines.add(new BudgetLine(fundingStream, annualAmount, directPayment,
                    description == null ? null : primitive(description.getValue()), outcomeIds,
                    needsMet == null ? null : primitive(needsMet.getValue())));
        }
        return new PersonalBudgetSection(author(section, at), lines);
    }

    private AdviceSection advice(Composition.SectionComponent section, String at) {
        if (section == null) {
            return null;
        }
        List<AdviceReceived> advice = new ArrayList<>();
        for (int i = 0; i < section.getEntry().size(); i++) {
            DocumentReference document = reader.resolve(section.getEntry().get(i), DocumentReference.class,
                    at + ".entry[" + i + "]");
            if (document == null) {
                continue;
            }
            String path = reader.path(document);
            // Written as a category since issue 14; a document written before carries it as the type.
            String element = document.hasCategory() ? ".category[0]" : ".type";
            String typeCode = Codes.codeIn(document.hasCategory() ? document.getCategoryFirstRep() : document.getType(),
                    EhcFhir.CS_ADVICE_TYPE);
            AdviceType type = Codes.fromCode(AdviceType.class, typeCode);
            if (typeCode != null && type == null) {
                reader.error(IssueType.CODEINVALID, path + element, "not a code of " + EhcFhir.CS_ADVICE_TYPE);
            }
            Extension received = document.getExtensionByUrl(EhcFhir.EXT_ADVICE_RECEIVED_ON);
            advice.add(new AdviceReceived(
                    type,
                    document.hasAuthor() ? document.getAuthorFirstRep().getDisplay() : null,
                    received == null ? null : FhirDates.day(received.getValue(), reader, path + ".extension('"
                            + EhcFhir.EXT_ADVICE_RECEIVED_ON + "').value"),
                    document.hasMasterIdentifier() ? document.getMasterIdentifier().getValue() : null));
        }
        return new AdviceSection(author(section, at), advice);
    }

    private <E extends Enum<E>> E code(Extension extension, Class<E> type, String at, boolean required) {
        if (extension == null) {
            if (required) {
                reader.error(IssueType.REQUIRED, at, "the extension is required");
            }
            return null;
        }
        E value = Codes.fromCode(type, primitive(extension.getValue()));
        if (value == null) {
            reader.error(IssueType.CODEINVALID, at + ".value", "not one of the codes this extension allows");
        }
        return value;
    }

    private static String primitive(Type value) {
        return value instanceof CodeType code ? code.getValue()
                : value instanceof StringType string ? string.getValue() : null;
    }

    static String identifier(List<Identifier> identifiers, String system) {
        return identifiers.stream().filter(i -> system.equals(i.getSystem()) && i.hasValue())
                .map(Identifier::getValue).findFirst().orElse(null);
    }

}
