package uk.ehcexchange.adapters.councilxml;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import uk.ehcexchange.adapters.councilxml.jaxb.AdviceDocumentType;
import uk.ehcexchange.adapters.councilxml.jaxb.AdviceReceivedType;
import uk.ehcexchange.adapters.councilxml.jaxb.AdviserType;
import uk.ehcexchange.adapters.councilxml.jaxb.AdviceSectionType;
import uk.ehcexchange.adapters.councilxml.jaxb.AttachmentType;
import uk.ehcexchange.adapters.councilxml.jaxb.AuthorType;
import uk.ehcexchange.adapters.councilxml.jaxb.BudgetLineType;
import uk.ehcexchange.adapters.councilxml.jaxb.ChildType;
import uk.ehcexchange.adapters.councilxml.jaxb.DatedSectionType;
import uk.ehcexchange.adapters.councilxml.jaxb.EhcPlanType;
import uk.ehcexchange.adapters.councilxml.jaxb.EstablishmentKind;
import uk.ehcexchange.adapters.councilxml.jaxb.EstablishmentType;
import uk.ehcexchange.adapters.councilxml.jaxb.HealthAdviceType;
import uk.ehcexchange.adapters.councilxml.jaxb.LocalDataType;
import uk.ehcexchange.adapters.councilxml.jaxb.NarrativeSectionType;
import uk.ehcexchange.adapters.councilxml.jaxb.OutcomeType;
import uk.ehcexchange.adapters.councilxml.jaxb.OutcomesSectionType;
import uk.ehcexchange.adapters.councilxml.jaxb.PersonalBudgetSectionType;
import uk.ehcexchange.adapters.councilxml.jaxb.PlacementSectionType;
import uk.ehcexchange.adapters.councilxml.jaxb.PlanDatesType;
import uk.ehcexchange.adapters.councilxml.jaxb.ProvisionItemType;
import uk.ehcexchange.adapters.councilxml.jaxb.ProvisionSectionType;
import uk.ehcexchange.adapters.councilxml.jaxb.SectionsType;
import uk.ehcexchange.adapters.councilxml.jaxb.SenNeedType;
import uk.ehcexchange.adapters.councilxml.jaxb.SocialCareAssessmentType;
import uk.ehcexchange.model.AdviceDocument;
import uk.ehcexchange.model.AdviceReceived;
import uk.ehcexchange.model.AdviceSection;
import uk.ehcexchange.model.AdviceType;
import uk.ehcexchange.model.Adviser;
import uk.ehcexchange.model.Attachment;
import uk.ehcexchange.model.Authorship;
import uk.ehcexchange.model.BudgetLine;
import uk.ehcexchange.model.CeasedReason;
import uk.ehcexchange.model.Child;
import uk.ehcexchange.model.DatedSection;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.model.Establishment;
import uk.ehcexchange.model.FundingStream;
import uk.ehcexchange.model.HealthAdvice;
import uk.ehcexchange.model.NarrativeSection;
import uk.ehcexchange.model.Outcome;
import uk.ehcexchange.model.OutcomeTerm;
import uk.ehcexchange.model.OutcomesSection;
import uk.ehcexchange.model.PersonalBudgetSection;
import uk.ehcexchange.model.PlacementSection;
import uk.ehcexchange.model.PlanDates;
import uk.ehcexchange.model.PlanSections;
import uk.ehcexchange.model.PlanStatus;
import uk.ehcexchange.model.ProvisionItem;
import uk.ehcexchange.model.ProvisionSection;
import uk.ehcexchange.model.SenNeed;
import uk.ehcexchange.model.SenSetting;
import uk.ehcexchange.model.SenType;
import uk.ehcexchange.model.SocialCareAssessment;

/**
 * The council XML format (council-xml-v1.xsd) to and from the canonical model. Pure functions: no I/O, no state.
 *
 * <p>Every canonical field has exactly one element, so canonical → XML → canonical gives back an equal document.
 * What one side cannot carry is returned in {@link Mapped#notCarried()}: text characters XML 1.0 cannot represent
 * (canonical → XML), and a council's {@code LocalData} fields, which have no canonical place (XML → canonical).
 */
public final class CouncilXmlMapper {

    private CouncilXmlMapper() {
    }

    public static Mapped<EhcPlanType> toXml(EhcPlan plan) {
        ToXml to = new ToXml();
        return new Mapped<>(to.plan(plan), to.report);
    }

    public static Mapped<EhcPlan> toCanonical(EhcPlanType plan) {
        List<NotCarried> report = new ArrayList<>();
        LocalDataType local = plan.getLocalData();
        if (local != null) {
            for (LocalDataType.Field field : local.getField()) {
                report.add(new NotCarried("/EhcPlan/LocalData/Field[@name='" + field.getName() + "']",
                        "council-local data has no place in the canonical plan; not passed on"));
            }
        }
        return new Mapped<>(new EhcPlan(plan.getPlanId(), plan.getOwningCouncil(), enumOf(PlanStatus.class, plan.getStatus()),
                enumOf(CeasedReason.class, plan.getCeasedReason()), dates(plan.getDates()), child(plan.getChild()),
                needTypes(plan.getNeedType()), sections(plan.getSections())), report);
    }

    public static Mapped<SocialCareAssessmentType> toXml(SocialCareAssessment assessment) {
        ToXml to = new ToXml();
        SocialCareAssessmentType x = new SocialCareAssessmentType();
        x.setAssessmentId(to.text(assessment.assessmentId(), "assessmentId"));
        x.setRequestReference(to.text(assessment.requestReference(), "requestReference"));
        x.setChild(to.child(assessment.child(), "child"));
        x.setAuthor(to.author(assessment.author(), "author"));
        x.setLaCode(to.text(assessment.laCode(), "laCode"));
        to.texts(assessment.needs(), x.getNeed(), "needs");
        to.outcomes(assessment.outcomes(), x.getOutcome(), "outcomes");
        to.items(assessment.recommendedProvision(), x.getRecommendedProvision(), "recommendedProvision");
        to.attachments(assessment.attachments(), x.getAttachment(), "attachments");
        return new Mapped<>(x, to.report);
    }

    public static Mapped<SocialCareAssessment> toCanonical(SocialCareAssessmentType x) {
        return new Mapped<>(new SocialCareAssessment(x.getAssessmentId(), x.getRequestReference(), child(x.getChild()),
                author(x.getAuthor()), x.getLaCode(), List.copyOf(x.getNeed()), outcomes(x.getOutcome()),
                items(x.getRecommendedProvision()), attachments(x.getAttachment())), List.of());
    }

    public static Mapped<HealthAdviceType> toXml(HealthAdvice advice) {
        ToXml to = new ToXml();
        HealthAdviceType x = new HealthAdviceType();
        x.setAdviceId(to.text(advice.adviceId(), "adviceId"));
        x.setRequestReference(to.text(advice.requestReference(), "requestReference"));
        x.setChild(to.child(advice.child(), "child"));
        x.setAuthor(to.author(advice.author(), "author"));
        x.setOdsCode(to.text(advice.odsCode(), "odsCode"));
        to.texts(advice.needs(), x.getNeed(), "needs");
        to.outcomes(advice.outcomes(), x.getOutcome(), "outcomes");
        to.items(advice.recommendedProvision(), x.getRecommendedProvision(), "recommendedProvision");
        to.attachments(advice.attachments(), x.getAttachment(), "attachments");
        return new Mapped<>(x, to.report);
    }

    public static Mapped<HealthAdvice> toCanonical(HealthAdviceType x) {
        return new Mapped<>(new HealthAdvice(x.getAdviceId(), x.getRequestReference(), child(x.getChild()),
                author(x.getAuthor()), x.getOdsCode(), List.copyOf(x.getNeed()), outcomes(x.getOutcome()),
                items(x.getRecommendedProvision()), attachments(x.getAttachment())), List.of());
    }

    /** Advice of the kinds without a document of their own, mapped as the social care assessment is. */
    public static Mapped<AdviceDocumentType> toXml(AdviceDocument advice) {
        ToXml to = new ToXml();
        AdviceDocumentType x = new AdviceDocumentType();
        x.setAdviceId(to.text(advice.adviceId(), "adviceId"));
        x.setRequestReference(to.text(advice.requestReference(), "requestReference"));
        x.setAdviceType(enumOf(uk.ehcexchange.adapters.councilxml.jaxb.AdviceType.class, advice.adviceType()));
        x.setChild(to.child(advice.child(), "child"));
        x.setAdviser(to.adviser(advice.adviser(), "adviser"));
        for (int i = 0; i < advice.sections().size(); i++) {
            x.getSection().add(to.datedSection(advice.sections().get(i), "sections[" + i + "]"));
        }
        to.attachments(advice.attachments(), x.getAttachment(), "attachments");
        return new Mapped<>(x, to.report);
    }

    public static Mapped<AdviceDocument> toCanonical(AdviceDocumentType x) {
        List<DatedSection> sections = new ArrayList<>(x.getSection().size());
        for (DatedSectionType section : x.getSection()) {
            sections.add(new DatedSection(section.getHeading(), section.getText(), section.getWrittenOn()));
        }
        AdviserType adviser = x.getAdviser();
        return new Mapped<>(new AdviceDocument(x.getAdviceId(), x.getRequestReference(),
                enumOf(AdviceType.class, x.getAdviceType()), child(x.getChild()),
                adviser == null ? null : new Adviser(adviser.getName(), adviser.getRole(), adviser.getOrganisation(),
                        adviser.getOrganisationCode()),
                sections, attachments(x.getAttachment())), List.of());
    }

    /** Building blocks for other council XML messages (the SOAP service's requests) that carry a child. */
    public static Mapped<ChildType> toXml(Child child) {
        ToXml to = new ToXml();
        return new Mapped<>(to.child(child, "child"), to.report);
    }

    public static Mapped<EstablishmentType> toXml(Establishment establishment) {
        ToXml to = new ToXml();
        return new Mapped<>(to.establishment(establishment, "establishment"), to.report);
    }

    public static Mapped<NarrativeSectionType> toXml(NarrativeSection section) {
        ToXml to = new ToXml();
        return new Mapped<>(to.narrative(section, "D"), to.report);
    }

    public static Mapped<ProvisionSectionType> toXml(ProvisionSection section) {
        ToXml to = new ToXml();
        return new Mapped<>(to.provision(section, "H"), to.report);
    }

    // ---------------------------------------------------------------- XML -> canonical

    private static PlanDates dates(PlanDatesType x) {
        return x == null ? null : new PlanDates(x.getRequestReceived(), x.getIssued(), x.getLastReviewed());
    }

    public static Child child(ChildType x) {
        return x == null ? null : new Child(x.getNhsNumber(), x.getUpn(), x.getUln(), x.getLocalCaseReference(),
                x.getGivenName(), x.getFamilyName(), x.getDateOfBirth(), x.getPostcode(),
                x.getResponsibleCommissioningBody(), x.getSex(), x.getEthnicity(), x.getUpnUnknown());
    }

    private static List<SenNeed> needTypes(List<SenNeedType> xs) {
        List<SenNeed> needs = new ArrayList<>(xs.size());
        for (SenNeedType x : xs) {
            needs.add(new SenNeed(enumOf(SenType.class, x.getType()),
                    x.getRank() == null ? null : x.getRank().intValueExact()));
        }
        return needs;
    }

    private static Authorship author(AuthorType x) {
        return x == null ? null : new Authorship(x.getName(), x.getRole(), x.getOrganisation(), x.getWrittenOn());
    }

    private static PlanSections sections(SectionsType x) {
        if (x == null) {
            return null;
        }
        return new PlanSections(narrative(x.getSectionA()), narrative(x.getSectionB()), narrative(x.getSectionC()),
                narrative(x.getSectionD()), outcomesSection(x.getSectionE()), provision(x.getSectionF()),
                provision(x.getSectionG()), provision(x.getSectionH1()), provision(x.getSectionH2()),
                placement(x.getSectionI()), budget(x.getSectionJ()), adviceSection(x.getSectionK()));
    }

    private static NarrativeSection narrative(NarrativeSectionType x) {
        return x == null ? null : new NarrativeSection(author(x.getAuthor()), x.getText());
    }

    private static OutcomesSection outcomesSection(OutcomesSectionType x) {
        return x == null ? null : new OutcomesSection(author(x.getAuthor()), outcomes(x.getOutcome()));
    }

    private static List<Outcome> outcomes(List<OutcomeType> xs) {
        List<Outcome> outcomes = new ArrayList<>(xs.size());
        for (OutcomeType x : xs) {
            outcomes.add(new Outcome(x.getId(), x.getDescription(), enumOf(OutcomeTerm.class, x.getTerm()),
                    x.isPreparingForAdulthood(), x.getAchieveBy()));
        }
        return outcomes;
    }

    private static ProvisionSection provision(ProvisionSectionType x) {
        return x == null ? null : new ProvisionSection(author(x.getAuthor()), items(x.getItem()));
    }

    private static List<ProvisionItem> items(List<ProvisionItemType> xs) {
        List<ProvisionItem> items = new ArrayList<>(xs.size());
        for (ProvisionItemType x : xs) {
            items.add(new ProvisionItem(x.getId(), x.getDescription(), x.getDeliveredBy(), x.getQuantity(),
                    x.getOutcomeId()));
        }
        return items;
    }

    private static PlacementSection placement(PlacementSectionType x) {
        return x == null ? null : new PlacementSection(author(x.getAuthor()), establishment(x.getEstablishment()),
                enumOf(SenSetting.class, x.getPlacementType()), x.getPlacementDescription());
    }

    public static Establishment establishment(EstablishmentType x) {
        return x == null ? null : new Establishment(x.getName(), x.getUrn(), x.getUkprn(),
                enumOf(uk.ehcexchange.model.EstablishmentType.class, x.getType()));
    }

    private static PersonalBudgetSection budget(PersonalBudgetSectionType x) {
        if (x == null) {
            return null;
        }
        List<BudgetLine> lines = new ArrayList<>(x.getLine().size());
        for (BudgetLineType line : x.getLine()) {
            lines.add(new BudgetLine(enumOf(FundingStream.class, line.getStream()), line.getAnnualAmount(),
                    line.isDirectPayment(), line.getDescription(), line.getOutcomeId(), line.getNeedsMet()));
        }
        return new PersonalBudgetSection(author(x.getAuthor()), lines);
    }

    private static AdviceSection adviceSection(AdviceSectionType x) {
        if (x == null) {
            return null;
        }
        List<AdviceReceived> advice = new ArrayList<>(x.getAdvice().size());
        for (AdviceReceivedType a : x.getAdvice()) {
            advice.add(new AdviceReceived(enumOf(AdviceType.class, a.getType()), a.getAuthorOrganisation(),
                    a.getReceivedOn(), a.getDocumentReference()));
        }
        return new AdviceSection(author(x.getAuthor()), advice);
    }

    private static List<Attachment> attachments(List<AttachmentType> xs) {
        List<Attachment> attachments = new ArrayList<>(xs.size());
        for (AttachmentType x : xs) {
            attachments.add(new Attachment(x.getDocumentReference(), x.getTitle(), x.getMediaType(),
                    x.getSizeBytes() == null ? 0 : x.getSizeBytes().longValueExact(), x.getSha256()));
        }
        return attachments;
    }

    /** The generated XML enums and the canonical ones have the same constant names (both follow the JSON Schema). */
    public static <E extends Enum<E>> E enumOf(Class<E> type, Enum<?> value) {
        return value == null ? null : Enum.valueOf(type, value.name());
    }

    // ---------------------------------------------------------------- canonical -> XML

    /** One canonical → XML mapping, collecting what could not be carried under canonical field paths. */
    private static final class ToXml {

        final List<NotCarried> report = new ArrayList<>();

        String text(String value, String path) {
            return XmlText.carried(value, path, report);
        }

        EhcPlanType plan(EhcPlan plan) {
            EhcPlanType x = new EhcPlanType();
            x.setPlanId(text(plan.planId(), "planId"));
            x.setOwningCouncil(text(plan.owningCouncil(), "owningCouncil"));
            x.setStatus(enumOf(uk.ehcexchange.adapters.councilxml.jaxb.PlanStatus.class, plan.status()));
            x.setCeasedReason(enumOf(uk.ehcexchange.adapters.councilxml.jaxb.CeasedReason.class, plan.ceasedReason()));
            if (plan.dates() != null) {
                PlanDatesType dates = new PlanDatesType();
                dates.setRequestReceived(plan.dates().requestReceived());
                dates.setIssued(plan.dates().issued());
                dates.setLastReviewed(plan.dates().lastReviewed());
                x.setDates(dates);
            }
            x.setChild(child(plan.child(), "child"));
            for (SenNeed need : plan.needTypes()) {
                SenNeedType n = new SenNeedType();
                n.setType(enumOf(uk.ehcexchange.adapters.councilxml.jaxb.SenType.class, need.type()));
                n.setRank(need.rank() == null ? null : BigInteger.valueOf(need.rank()));
                x.getNeedType().add(n);
            }
            x.setSections(sections(plan.sections()));
            return x;
        }

        ChildType child(Child child, String path) {
            if (child == null) {
                return null;
            }
            ChildType x = new ChildType();
            x.setNhsNumber(text(child.nhsNumber(), path + ".nhsNumber"));
            x.setUpn(text(child.upn(), path + ".upn"));
            x.setUln(text(child.uln(), path + ".uln"));
            x.setLocalCaseReference(text(child.localCaseReference(), path + ".localCaseReference"));
            x.setGivenName(text(child.givenName(), path + ".givenName"));
            x.setFamilyName(text(child.familyName(), path + ".familyName"));
            x.setDateOfBirth(child.dateOfBirth());
            x.setPostcode(text(child.postcode(), path + ".postcode"));
            x.setResponsibleCommissioningBody(text(child.responsibleCommissioningBody(),
                    path + ".responsibleCommissioningBody"));
            x.setSex(child.sex());
            x.setEthnicity(child.ethnicity());
            x.setUpnUnknown(child.upnUnknown());
            return x;
        }

        AuthorType author(Authorship author, String path) {
            if (author == null) {
                return null;
            }
            AuthorType x = new AuthorType();
            x.setName(text(author.name(), path + ".name"));
            x.setRole(text(author.role(), path + ".role"));
            x.setOrganisation(text(author.organisation(), path + ".organisation"));
            x.setWrittenOn(author.writtenOn());
            return x;
        }

        AdviserType adviser(Adviser adviser, String path) {
            if (adviser == null) {
                return null;
            }
            AdviserType x = new AdviserType();
            x.setName(text(adviser.name(), path + ".name"));
            x.setRole(text(adviser.role(), path + ".role"));
            x.setOrganisation(text(adviser.organisation(), path + ".organisation"));
            x.setOrganisationCode(text(adviser.organisationCode(), path + ".organisationCode"));
            return x;
        }

        DatedSectionType datedSection(DatedSection section, String path) {
            if (section == null) {
                return null;
            }
            DatedSectionType x = new DatedSectionType();
            x.setHeading(text(section.heading(), path + ".heading"));
            x.setText(text(section.text(), path + ".text"));
            x.setWrittenOn(section.writtenOn());
            return x;
        }

        SectionsType sections(PlanSections sections) {
            if (sections == null) {
                return null;
            }
            SectionsType x = new SectionsType();
            x.setSectionA(narrative(sections.a(), "A"));
            x.setSectionB(narrative(sections.b(), "B"));
            x.setSectionC(narrative(sections.c(), "C"));
            x.setSectionD(narrative(sections.d(), "D"));
            if (sections.e() != null) {
                OutcomesSectionType e = new OutcomesSectionType();
                e.setAuthor(author(sections.e().author(), "sections.E.author"));
                outcomes(sections.e().outcomes(), e.getOutcome(), "sections.E.outcomes");
                x.setSectionE(e);
            }
            x.setSectionF(provision(sections.f(), "F"));
            x.setSectionG(provision(sections.g(), "G"));
            x.setSectionH1(provision(sections.h1(), "H1"));
            x.setSectionH2(provision(sections.h2(), "H2"));
            x.setSectionI(placement(sections.i()));
            x.setSectionJ(budget(sections.j()));
            x.setSectionK(advice(sections.k()));
            return x;
        }

        NarrativeSectionType narrative(NarrativeSection section, String key) {
            if (section == null) {
                return null;
            }
            NarrativeSectionType x = new NarrativeSectionType();
            x.setAuthor(author(section.author(), "sections." + key + ".author"));
            x.setText(text(section.text(), "sections." + key + ".text"));
            return x;
        }

        void outcomes(List<Outcome> outcomes, List<OutcomeType> into, String path) {
            for (int i = 0; i < outcomes.size(); i++) {
                Outcome outcome = outcomes.get(i);
                String at = path + "[" + i + "]";
                OutcomeType x = new OutcomeType();
                x.setId(text(outcome.id(), at + ".id"));
                x.setDescription(text(outcome.description(), at + ".description"));
                x.setTerm(enumOf(uk.ehcexchange.adapters.councilxml.jaxb.OutcomeTerm.class, outcome.term()));
                x.setPreparingForAdulthood(outcome.preparingForAdulthood());
                x.setAchieveBy(outcome.achieveBy());
                into.add(x);
            }
        }

        ProvisionSectionType provision(ProvisionSection section, String key) {
            if (section == null) {
                return null;
            }
            ProvisionSectionType x = new ProvisionSectionType();
            x.setAuthor(author(section.author(), "sections." + key + ".author"));
            items(section.items(), x.getItem(), "sections." + key + ".items");
            return x;
        }

        void items(List<ProvisionItem> items, List<ProvisionItemType> into, String path) {
            for (int i = 0; i < items.size(); i++) {
                ProvisionItem item = items.get(i);
                String at = path + "[" + i + "]";
                ProvisionItemType x = new ProvisionItemType();
                x.setId(text(item.id(), at + ".id"));
                x.setDescription(text(item.description(), at + ".description"));
                x.setDeliveredBy(text(item.deliveredBy(), at + ".deliveredBy"));
                x.setQuantity(text(item.quantity(), at + ".quantity"));
                texts(item.outcomeIds(), x.getOutcomeId(), at + ".outcomeIds");
                into.add(x);
            }
        }

        void texts(List<String> values, List<String> into, String path) {
            for (int i = 0; i < values.size(); i++) {
                into.add(text(values.get(i), path + "[" + i + "]"));
            }
        }

        PlacementSectionType placement(PlacementSection section) {
            if (section == null) {
                return null;
            }
            PlacementSectionType x = new PlacementSectionType();
            x.setAuthor(author(section.author(), "sections.I.author"));
            x.setEstablishment(establishment(section.establishment(), "sections.I.establishment"));
            x.setPlacementType(enumOf(uk.ehcexchange.adapters.councilxml.jaxb.SenSetting.class, section.placementType()));
            x.setPlacementDescription(text(section.placementDescription(), "sections.I.placementDescription"));
            return x;
        }

        EstablishmentType establishment(Establishment establishment, String path) {
            if (establishment == null) {
                return null;
            }
            EstablishmentType x = new EstablishmentType();
            x.setName(text(establishment.name(), path + ".name"));
            x.setUrn(text(establishment.urn(), path + ".urn"));
            x.setUkprn(text(establishment.ukprn(), path + ".ukprn"));
            x.setType(enumOf(EstablishmentKind.class, establishment.type()));
            return x;
        }

        PersonalBudgetSectionType budget(PersonalBudgetSection section) {
            if (section == null) {
                return null;
            }
            PersonalBudgetSectionType x = new PersonalBudgetSectionType();
            x.setAuthor(author(section.author(), "sections.J.author"));
            for (int i = 0; i < section.lines().size(); i++) {
                BudgetLine line = section.lines().get(i);
                BudgetLineType l = new BudgetLineType();
                l.setStream(enumOf(uk.ehcexchange.adapters.councilxml.jaxb.FundingStream.class, line.stream()));
                l.setAnnualAmount(line.annualAmount());
                l.setDirectPayment(line.directPayment());
                l.setDescription(text(line.description(), "sections.J.lines[" + i + "].description"));
                texts(line.outcomeIds(), l.getOutcomeId(), "sections.J.lines[" + i + "].outcomeIds");
                l.setNeedsMet(text(line.needsMet(), "sections.J.lines[" + i + "].needsMet"));
                x.getLine().add(l);
            }
            return x;
        }

        AdviceSectionType advice(AdviceSection section) {
            if (section == null) {
                return null;
            }
            AdviceSectionType x = new AdviceSectionType();
            x.setAuthor(author(section.author(), "sections.K.author"));
            for (int i = 0; i < section.advice().size(); i++) {
                AdviceReceived advice = section.advice().get(i);
                String at = "sections.K.advice[" + i + "]";
                AdviceReceivedType a = new AdviceReceivedType();
                a.setType(enumOf(uk.ehcexchange.adapters.councilxml.jaxb.AdviceType.class, advice.type()));
                a.setAuthorOrganisation(text(advice.authorOrganisation(), at + ".authorOrganisation"));
                a.setReceivedOn(advice.receivedOn());
                a.setDocumentReference(text(advice.documentReference(), at + ".documentReference"));
                x.getAdvice().add(a);
            }
            return x;
        }

        void attachments(List<Attachment> attachments, List<AttachmentType> into, String path) {
            for (int i = 0; i < attachments.size(); i++) {
                Attachment attachment = attachments.get(i);
                String at = path + "[" + i + "]";
                AttachmentType x = new AttachmentType();
                x.setDocumentReference(text(attachment.documentReference(), at + ".documentReference"));
                x.setTitle(text(attachment.title(), at + ".title"));
                x.setMediaType(text(attachment.mediaType(), at + ".mediaType"));
                x.setSizeBytes(BigInteger.valueOf(attachment.sizeBytes()));
                x.setSha256(text(attachment.sha256(), at + ".sha256"));
                into.add(x);
            }
        }
    }
}
