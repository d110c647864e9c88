package uk.ehcexchange.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ehcexchange.model.validation.Documents.MAPPER;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import uk.ehcexchange.model.AdviceDocument;
import uk.ehcexchange.model.AdviceType;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.model.FundingStream;
import uk.ehcexchange.model.HealthAdvice;
import uk.ehcexchange.model.PlanStatus;
import uk.ehcexchange.model.SocialCareAssessment;

class GoldenDocumentsTest {

    @Test
    void goldenPlanRoundTripsUnchanged() throws Exception {
        JsonNode original = Documents.tree(Documents.GOLDEN_PLAN);
        EhcPlan plan = MAPPER.treeToValue(original, EhcPlan.class);
        JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(plan));
        assertThat(written).isEqualTo(original);
    }

    @Test
    void goldenPlanIsValidAndRealistic() {
        EhcPlan plan = Documents.read(Documents.GOLDEN_PLAN, EhcPlan.class);

        assertThat(CanonicalValidator.validate(plan, Documents.TODAY)).isEmpty();
        assertThat(CanonicalValidator.validate(plan)).as("valid today, not only on the fixed test date").isEmpty();
        assertThat(CanonicalSchemas.validate("ehc-plan.schema.json", Documents.tree(Documents.GOLDEN_PLAN))).isEmpty();

        // The sample is what benchmarks and the quickstart load, so hold it to the shape the brief promised.
        assertThat(Documents.text(Documents.GOLDEN_PLAN).length()).isBetween(25_000, 60_000);
        assertThat(plan.owningCouncil()).isEqualTo("919");
        assertThat(plan.status()).isEqualTo(PlanStatus.FINAL);
        assertThat(plan.sections().e().outcomes()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(plan.sections().f().items()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(plan.sections().j().lines()).extracting(l -> l.stream())
                .contains(FundingStream.EDUCATION, FundingStream.HEALTH, FundingStream.SOCIAL_CARE);
        assertThat(plan.sections().j().lines()).filteredOn(l -> l.directPayment()).hasSize(1);
        assertThat(plan.sections().k().advice()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(NhsNumber.isValid(plan.child().nhsNumber())).isTrue();
        assertThat(UniquePupilNumber.isValid(plan.child().upn())).isTrue();
    }

    @Test
    void goldenHealthAdviceRoundTripsAndValidates() throws Exception {
        JsonNode original = Documents.tree(Documents.GOLDEN_HEALTH_ADVICE);
        HealthAdvice advice = MAPPER.treeToValue(original, HealthAdvice.class);

        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(advice))).isEqualTo(original);
        assertThat(CanonicalValidator.validate(advice, Documents.TODAY)).isEmpty();
        assertThat(CanonicalSchemas.validate("health-advice.schema.json", original)).isEmpty();
    }

    @Test
    void goldenSocialCareAssessmentRoundTripsAndValidates() throws Exception {
        JsonNode original = Documents.tree(Documents.GOLDEN_SOCIAL_CARE_ASSESSMENT);
        SocialCareAssessment assessment = MAPPER.treeToValue(original, SocialCareAssessment.class);

        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(assessment))).isEqualTo(original);
        assertThat(CanonicalValidator.validate(assessment, Documents.TODAY)).isEmpty();
        assertThat(CanonicalSchemas.validate("social-care-assessment.schema.json", original)).isEmpty();
    }

    @Test
    void goldenAdviceDocumentRoundTripsAndValidates() throws Exception {
        JsonNode original = Documents.tree(Documents.GOLDEN_ADVICE_DOCUMENT);
        AdviceDocument advice = MAPPER.treeToValue(original, AdviceDocument.class);

        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(advice))).isEqualTo(original);
        assertThat(CanonicalValidator.validate(advice, Documents.TODAY)).isEmpty();
        assertThat(CanonicalSchemas.validate("advice-document.schema.json", original)).isEmpty();
    }

    @Test
    void anAdviceDocumentNeedsAnAdviserASectionAndAKindOtherThanHealthOrSocialCare() {
        AdviceDocument advice = Documents.variant(Documents.GOLDEN_ADVICE_DOCUMENT, AdviceDocument.class, json -> {
            json.put("adviceType", AdviceType.MEDICAL.name());
            json.with("adviser").remove("organisation");
            json.putArray("sections");
        });

        assertThat(CanonicalValidator.validate(advice, Documents.TODAY)).extracting(Violation::field, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("adviceType", "advice-document-type"),
                        org.assertj.core.groups.Tuple.tuple("adviser.organisation", "required"),
                        org.assertj.core.groups.Tuple.tuple("sections", "min-items"));
    }

    @Test
    void theFamilysViewsNeedNoOrganisationButEverySectionIsDated() {
        AdviceDocument advice = Documents.variant(Documents.GOLDEN_ADVICE_DOCUMENT, AdviceDocument.class, json -> {
            json.put("adviceType", AdviceType.PARENT_OR_YOUNG_PERSON.name());
            json.with("adviser").remove("organisation");
            ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("sections").get(1)).remove("writtenOn");
        });

        assertThat(CanonicalValidator.validate(advice, Documents.TODAY)).extracting(Violation::field, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sections[1].writtenOn", "required"));
    }
}
