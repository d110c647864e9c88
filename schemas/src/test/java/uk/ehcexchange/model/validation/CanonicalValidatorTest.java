package uk.ehcexchange.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static uk.ehcexchange.model.validation.Documents.at;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.model.HealthAdvice;
import uk.ehcexchange.model.SocialCareAssessment;

class CanonicalValidatorTest {

    /** The test date is 23 November 2026. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static List<Violation> planWith(Consumer<ObjectNode> change) {
        EhcPlan plan = Documents.variant(Documents.GOLDEN_PLAN, EhcPlan.class, change);
        return CanonicalValidator.validate(plan, Documents.TODAY);
    }

    private static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>> assertFieldsAndRules(
            List<Violation> violations) {
        return assertThat(violations).extracting(Violation::field, Violation::rule);
    }

    @Nested
    class PlanHeader {

        @Test
        void planIdMustBePresentAndShaped() {
            assertFieldsAndRules(planWith(p -> p.remove("planId"))).containsExactly(tuple("planId", "required"));
            assertFieldsAndRules(planWith(p -> p.put("planId", "HCC/2023/4417")))
                    .containsExactly(tuple("planId", "id-format"));
            assertFieldsAndRules(planWith(p -> p.put("planId", "x".repeat(65))))
                    .containsExactly(tuple("planId", "id-format"));
        }

        @Test
        void owningCouncilMustBeAnEnglishLaCode() {
            assertFieldsAndRules(planWith(p -> p.remove("owningCouncil")))
                    .containsExactly(tuple("owningCouncil", "required"));
            // 660 was a Welsh-border pseudo code in UPNs, not an English council.
            assertFieldsAndRules(planWith(p -> p.put("owningCouncil", "660")))
                    .containsExactly(tuple("owningCouncil", "known-la-code"));
            assertThat(planWith(p -> p.put("owningCouncil", "305"))).isEmpty();
        }

        @Test
        void ceasedReasonOnlyForCeasedPlans() {
            assertThat(planWith(p -> p.put("status", "CEASED").put("ceasedReason", "TRANSFERRED_TO_ANOTHER_LA")))
                    .isEmpty();
            assertThat(planWith(p -> p.put("status", "CEASED").put("ceasedReason", "DECEASED"))).isEmpty();
            assertFieldsAndRules(planWith(p -> p.put("ceasedReason", "OTHER")))
                    .containsExactly(tuple("ceasedReason", "ceased-reason-not-allowed"));
        }

        @Test
        void statusIsRequired() {
            assertFieldsAndRules(planWith(p -> p.remove("status"))).containsExactly(tuple("status", "required"));
        }

        @Test
        void aDraftNeedsNeitherIssueDateNorEstablishment() {
            assertThat(planWith(p -> {
                p.put("status", "DRAFT");
                at(p, "/dates").remove(List.of("issued", "lastReviewed"));
                at(p, "/sections/I").remove("establishment");
            })).isEmpty();
        }
    }

    @Nested
    class Dates {

        @Test
        void finalPlanNeedsIssueDate() {
            assertFieldsAndRules(planWith(p -> at(p, "/dates").remove(List.of("issued", "lastReviewed"))))
                    .containsExactly(tuple("dates.issued", "required"));
        }

        @Test
        void reviewImpliesIssued() {
            assertFieldsAndRules(planWith(p -> {
                p.put("status", "DRAFT");
                at(p, "/dates").remove("issued");
            })).containsExactly(tuple("dates.issued", "required"));
        }

        @Test
        void issuedNotBeforeRequestAndReviewNotBeforeIssue() {
            assertFieldsAndRules(planWith(p -> at(p, "/dates").put("issued", "2022-09-11")))
                    .containsExactly(tuple("dates.issued", "date-order"));
            assertFieldsAndRules(planWith(p -> at(p, "/dates").put("lastReviewed", "2023-01-26")))
                    .containsExactly(tuple("dates.lastReviewed", "date-order"));
            assertThat(planWith(p -> at(p, "/dates").put("issued", "2022-09-12").put("lastReviewed", "2022-09-12")))
                    .as("same-day is in order").isEmpty();
        }

        @Test
        void noDateInTheFuture() {
            assertFieldsAndRules(planWith(p -> at(p, "/dates").put("lastReviewed", TODAY.plusDays(1).toString())))
                    .containsExactly(tuple("dates.lastReviewed", "not-in-future"));
            assertThat(planWith(p -> at(p, "/dates").put("lastReviewed", TODAY.toString()))).isEmpty();
            assertFieldsAndRules(planWith(p -> at(p, "/sections/K/advice/3").put("receivedOn", "2027-01-01")))
                    .containsExactly(tuple("sections.K.advice[3].receivedOn", "not-in-future"));
            assertFieldsAndRules(planWith(p -> at(p, "/sections/B/author").put("writtenOn", "2027-01-01")))
                    .containsExactly(tuple("sections.B.author.writtenOn", "not-in-future"));
        }

        @Test
        void targetDatesOfOutcomesMayBeInTheFuture() {
            assertThat(planWith(p -> at(p, "/sections/E/outcomes/0").put("achieveBy", "2031-07-18"))).isEmpty();
        }

        @Test
        void requestReceivedRequired() {
            assertFieldsAndRules(planWith(p -> at(p, "/dates").remove("requestReceived")))
                    .containsExactly(tuple("dates.requestReceived", "required"));
            assertFieldsAndRules(planWith(p -> p.remove("dates"))).containsExactly(tuple("dates", "required"));
        }
    }

    @Nested
    class ChildRules {

        @Test
        void childIsRequired() {
            assertFieldsAndRules(planWith(p -> p.remove("child"))).containsExactly(tuple("child", "required"));
        }

        @Test
        void eachPresentIdentifierMustBeValid() {
            assertFieldsAndRules(planWith(p -> at(p, "/child").put("nhsNumber", "999 311 0469")))
                    .containsExactly(tuple("child.nhsNumber", "nhs-number-format"));
            assertFieldsAndRules(planWith(p -> at(p, "/child").put("upn", "U9192368200")))
                    .containsExactly(tuple("child.upn", "upn-format"));
            assertFieldsAndRules(planWith(p -> at(p, "/child").put("uln", "12345")))
                    .containsExactly(tuple("child.uln", "uln-format"));
            assertFieldsAndRules(planWith(p -> at(p, "/child").put("localCaseReference", " ")))
                    .containsExactly(tuple("child.localCaseReference", "not-blank"));
        }

        @Test
        void anySingleIdentifierIsEnough() {
            assertThat(planWith(p -> at(p, "/child").remove(List.of("nhsNumber", "localCaseReference")))).isEmpty();
            assertThat(planWith(p -> at(p, "/child").remove(List.of("upn", "localCaseReference"))
                    .put("uln", "5012345678").remove("nhsNumber"))).isEmpty();
        }

        @Test
        void namesAndDateOfBirthRequired() {
            assertFieldsAndRules(planWith(p -> at(p, "/child").put("givenName", "  ").remove("familyName")))
                    .containsExactly(tuple("child.givenName", "required"), tuple("child.familyName", "required"));
            assertFieldsAndRules(planWith(p -> at(p, "/child").remove("dateOfBirth")))
                    .containsExactly(tuple("child.dateOfBirth", "required"));
        }

        @Test
        void plansCoverAgesZeroToTwentyFive() {
            String lastDayAged25 = TODAY.minusYears(26).plusDays(1).toString();
            String twentySixthBirthday = TODAY.minusYears(26).toString();
            assertThat(planWith(p -> {
                at(p, "/child").put("dateOfBirth", lastDayAged25);
                at(p, "/dates").put("requestReceived", "2022-09-12");
            })).isEmpty();
            assertFieldsAndRules(planWith(p -> at(p, "/child").put("dateOfBirth", twentySixthBirthday)))
                    .containsExactly(tuple("child.dateOfBirth", "age-range"));
            assertFieldsAndRules(planWith(p -> at(p, "/child").put("dateOfBirth", TODAY.plusDays(1).toString())))
                    .containsExactly(tuple("child.dateOfBirth", "not-in-future"));
        }

        @Test
        void postcodeFormatWhenPresent() {
            assertFieldsAndRules(planWith(p -> at(p, "/child").put("postcode", "SG13 7Q")))
                    .containsExactly(tuple("child.postcode", "postcode-format"));
            assertThat(planWith(p -> at(p, "/child").put("postcode", "sg137qx"))).isEmpty();
            assertThat(planWith(p -> at(p, "/child").remove("postcode"))).isEmpty();
        }
    }

    @Nested
    class Sections {

        @Test
        void everySectionLetterIsRequired() {
            for (String letter : List.of("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K")) {
                assertFieldsAndRules(planWith(p -> at(p, "/sections").remove(letter)))
                        .containsExactly(tuple("sections." + letter, "required"));
            }
            assertFieldsAndRules(planWith(p -> p.remove("sections"))).containsExactly(tuple("sections", "required"));
        }

        @Test
        void everySectionSaysWhoIsSpeaking() {
            assertFieldsAndRules(planWith(p -> at(p, "/sections/C").remove("author")))
                    .containsExactly(tuple("sections.C.author", "required"));
            assertFieldsAndRules(planWith(p -> at(p, "/sections/H2/author").remove(List.of("role", "organisation"))))
                    .containsExactly(tuple("sections.H2.author.role", "required"),
                            tuple("sections.H2.author.organisation", "required"));
            assertFieldsAndRules(planWith(p -> at(p, "/sections/J/author").remove("writtenOn")))
                    .containsExactly(tuple("sections.J.author.writtenOn", "required"));
        }

        @Test
        void narrativeTextRequiredAndCapped() {
            assertFieldsAndRules(planWith(p -> at(p, "/sections/A").put("text", "\n  \t")))
                    .containsExactly(tuple("sections.A.text", "required"));
            assertFieldsAndRules(planWith(p -> at(p, "/sections/D").put("text", "x".repeat(100_001))))
                    .containsExactly(tuple("sections.D.text", "max-length"));
            assertThat(planWith(p -> at(p, "/sections/D").put("text", "x".repeat(100_000)))).isEmpty();
            assertFieldsAndRules(planWith(p -> at(p, "/sections/A").put("text", "pasted\u000btext")))
                    .containsExactly(tuple("sections.A.text", "no-control-characters"));
            assertFieldsAndRules(planWith(p -> at(p, "/sections/F/items/2").put("quantity", "half \ud83d")))
                    .containsExactly(tuple("sections.F.items[2].quantity", "no-control-characters"));
            assertThat(planWith(p -> at(p, "/sections/A").put("text", "tab\tnew line\r\nemoji \ud83d\ude00"))).isEmpty();
            assertFieldsAndRules(planWith(p -> at(p, "/sections/F/items/2").put("quantity", "x".repeat(2_001))))
                    .containsExactly(tuple("sections.F.items[2].quantity", "max-length"));
        }

        @Test
        void idsAreUniqueAcrossThePlan() {
            assertFieldsAndRules(planWith(p -> at(p, "/sections/E/outcomes/2").put("id", "E-01")))
                    .contains(tuple("sections.E.outcomes[2].id", "unique-id"));
            assertFieldsAndRules(planWith(p -> at(p, "/sections/G/items/0").put("id", "F-03")))
                    .containsExactly(tuple("sections.G.items[0].id", "unique-id"));
            assertFieldsAndRules(planWith(p -> at(p, "/sections/H2/items/1").put("id", "E-06")))
                    .containsExactly(tuple("sections.H2.items[1].id", "unique-id"));
        }

        @Test
        void provisionMustServeOutcomesInSectionE() {
            assertFieldsAndRules(planWith(p -> at(p, "/sections/H1/items/0").putArray("outcomeIds").add("E-10").add("E-11")))
                    .containsExactly(tuple("sections.H1.items[0].outcomeIds[1]", "known-outcome"));
        }

        @Test
        void provisionItemsAreSpecificAndQuantified() {
            assertFieldsAndRules(planWith(p -> at(p, "/sections/G/items/1").remove(List.of("deliveredBy", "quantity"))))
                    .containsExactly(tuple("sections.G.items[1].deliveredBy", "required"),
                            tuple("sections.G.items[1].quantity", "required"));
            assertFieldsAndRules(planWith(p -> at(p, "/sections/F/items/0").remove("description")))
                    .containsExactly(tuple("sections.F.items[0].description", "required"));
        }

        @Test
        void outcomesNeedDescriptionAndTerm() {
            assertFieldsAndRules(planWith(p -> at(p, "/sections/E/outcomes/4").remove(List.of("description", "term"))))
                    .containsExactly(tuple("sections.E.outcomes[4].description", "required"),
                            tuple("sections.E.outcomes[4].term", "required"));
        }

        @Test
        void establishmentIdentifiedByUrnOrUkprn() {
            assertFieldsAndRules(planWith(p -> at(p, "/sections/I/establishment").remove("urn")))
                    .containsExactly(tuple("sections.I.establishment", "urn-or-ukprn"));
            assertFieldsAndRules(planWith(p -> at(p, "/sections/I/establishment").put("urn", "14187")))
                    .containsExactly(tuple("sections.I.establishment.urn", "urn-format"));
            assertFieldsAndRules(planWith(p -> at(p, "/sections/I/establishment").remove(List.of("urn")).put("ukprn", "20012345")))
                    .containsExactly(tuple("sections.I.establishment.ukprn", "ukprn-format"));
            assertThat(planWith(p -> at(p, "/sections/I/establishment").remove(List.of("urn")).put("ukprn", "10012345")
                    .put("type", "FURTHER_EDUCATION_COLLEGE"))).isEmpty();
            assertFieldsAndRules(planWith(p -> at(p, "/sections/I/establishment").remove(List.of("name", "type"))))
                    .containsExactly(tuple("sections.I.establishment.name", "required"),
                            tuple("sections.I.establishment.type", "required"));
        }

        @Test
        void budgetAmountsAreWholePenceAndNotNegative() {
            assertFieldsAndRules(planWith(p -> at(p, "/sections/J/lines/1").put("annualAmount", new BigDecimal("420.005"))))
                    .containsExactly(tuple("sections.J.lines[1].annualAmount", "amount-scale"));
            assertFieldsAndRules(planWith(p -> at(p, "/sections/J/lines/0").put("annualAmount", new BigDecimal("-1.00"))))
                    .containsExactly(tuple("sections.J.lines[0].annualAmount", "amount-non-negative"));
            assertFieldsAndRules(planWith(p -> at(p, "/sections/J/lines/0").put("annualAmount", new BigDecimal("1E+9"))))
                    .containsExactly(tuple("sections.J.lines[0].annualAmount", "amount-range"));
            assertFieldsAndRules(planWith(p -> at(p, "/sections/J/lines/3").remove(List.of("stream", "annualAmount"))))
                    .containsExactly(tuple("sections.J.lines[3].stream", "required"),
                            tuple("sections.J.lines[3].annualAmount", "required"));
            assertThat(planWith(p -> at(p, "/sections/J").putArray("lines"))).as("no budget requested").isEmpty();
        }

        @Test
        void adviceEntriesNeedTypeSourceAndDate() {
            assertFieldsAndRules(planWith(p -> at(p, "/sections/K/advice/5").remove(List.of("type", "authorOrganisation", "receivedOn"))))
                    .containsExactly(tuple("sections.K.advice[5].type", "required"),
                            tuple("sections.K.advice[5].authorOrganisation", "required"),
                            tuple("sections.K.advice[5].receivedOn", "required"));
        }

        @Test
        void nullListEntriesCannotEvenBeBound() {
            // The records copy their lists with List.copyOf, which refuses nulls, so a null entry fails at binding.
            assertThatThrownBy(() -> planWith(p -> ((ArrayNode) p.at("/sections/F/items")).addNull()))
                    .hasRootCauseInstanceOf(NullPointerException.class);
        }

        @Test
        void oversizedListsAreReportedOnce() {
            assertFieldsAndRules(planWith(p -> {
                var needs = at(p, "/sections/K").putArray("advice");
                for (int i = 0; i < 501; i++) {
                    needs.addObject().put("type", "OTHER").put("authorOrganisation", "x").put("receivedOn", "2025-01-01");
                }
            })).containsExactly(tuple("sections.K.advice", "max-items"));
        }
    }

    /** Issue 14 item 5: where the model follows the SEND Regulations 2014 and the SEN2 return. */
    @Nested
    class RegulationRules {

        @Test
        void sectionIMayNameOnlyTheTypeOfPlacement() {
            // Education otherwise than at school (reg 12(1)(i), SEN2 SENSetting OLA): no institution to name.
            assertThat(planWith(p -> at(p, "/sections/I").put("placementType", "OLA").remove("establishment")))
                    .isEmpty();
            assertThat(planWith(p -> at(p, "/sections/I").put("placementType", "EHE")
                    .put("placementDescription", "Elective home education, arranged by the parents").remove("establishment")))
                    .isEmpty();
        }

        @Test
        void aFinalPlanNamesAnInstitutionOrATypeOfPlacement() {
            assertFieldsAndRules(planWith(p -> at(p, "/sections/I").remove("establishment")))
                    .containsExactly(tuple("sections.I.establishment", "placement-required-when-final"));
        }

        @Test
        void sectionINamesAnInstitutionOrATypeNotBoth() {
            assertFieldsAndRules(planWith(p -> at(p, "/sections/I").put("placementType", "OPA")))
                    .containsExactly(tuple("sections.I.placementType", "establishment-or-placement-type"));
        }

        @Test
        void otherTypeOfPlacementIsSaidInWords() {
            assertFieldsAndRules(planWith(p -> at(p, "/sections/I").put("placementType", "OTH").remove("establishment")))
                    .containsExactly(tuple("sections.I.placementDescription", "placement-description-required"));
            assertThat(planWith(p -> at(p, "/sections/I").put("placementType", "OTH")
                    .put("placementDescription", "A special school for autism, to be named at the next review")
                    .remove("establishment"))).isEmpty();
        }

        @Test
        void aPlacementDescriptionNeedsAType() {
            assertFieldsAndRules(planWith(p -> at(p, "/sections/I").put("placementDescription", "Resource base")))
                    .containsExactly(tuple("sections.I.placementDescription", "placement-description-needs-type"));
        }

        @Test
        void aDirectPaymentNamesOutcomesOfSectionE() {
            assertFieldsAndRules(planWith(p -> ((ArrayNode) at(p, "/sections/J/lines/3").get("outcomeIds")).add("E-99")))
                    .containsExactly(tuple("sections.J.lines[3].outcomeIds[2]", "known-outcome"));
        }

        @Test
        void onlyADirectPaymentRecordsWhatItMeets() {
            assertFieldsAndRules(planWith(p -> at(p, "/sections/J/lines/0").put("needsMet", "Literacy needs")))
                    .containsExactly(tuple("sections.J.lines[0]", "direct-payment-only"));
            assertFieldsAndRules(planWith(p -> at(p, "/sections/J/lines/0").putArray("outcomeIds").add("E-01")))
                    .containsExactly(tuple("sections.J.lines[0]", "direct-payment-only"));
        }

        @Test
        void aDirectPaymentWithoutItsPurposeIsStillValidForPlansMadeBeforeTheFieldsExisted() {
            assertThat(planWith(p -> at(p, "/sections/J/lines/3").remove(List.of("outcomeIds", "needsMet")))).isEmpty();
        }

        @Test
        void atMostTwoTypesOfNeed() {
            assertFieldsAndRules(planWith(p -> ((ArrayNode) p.get("needTypes")).addObject().put("type", "HI").put("rank", 2)))
                    .containsExactly(tuple("needTypes", "need-types-at-most-two"));
        }

        @Test
        void needRankIsOneOrTwo() {
            assertFieldsAndRules(planWith(p -> at(p, "/needTypes/1").put("rank", 3)))
                    .containsExactly(tuple("needTypes[1].rank", "need-rank"));
        }

        @Test
        void oneNeedOfEachRank() {
            assertFieldsAndRules(planWith(p -> at(p, "/needTypes/1").put("rank", 1)))
                    .containsExactly(tuple("needTypes[1].rank", "need-rank-unique"));
        }

        @Test
        void primaryAndSecondaryNeedsDiffer() {
            assertFieldsAndRules(planWith(p -> at(p, "/needTypes/1").put("type", "ASD")))
                    .containsExactly(tuple("needTypes[1].type", "need-type-unique"));
        }

        @Test
        void aSecondaryNeedNeedsAPrimaryOne() {
            assertFieldsAndRules(planWith(p -> ((ArrayNode) p.get("needTypes")).remove(0)))
                    .containsExactly(tuple("needTypes[0]", "primary-need-required"));
            assertThat(planWith(p -> ((ArrayNode) p.get("needTypes")).remove(1))).as("a primary need alone").isEmpty();
            assertThat(planWith(p -> p.remove("needTypes"))).as("not yet recorded").isEmpty();
        }

        @Test
        void eachNeedHasTypeAndRank() {
            assertFieldsAndRules(planWith(p -> at(p, "/needTypes/0").remove(List.of("type", "rank"))))
                    .containsExactly(tuple("needTypes[0].type", "required"), tuple("needTypes[0].rank", "required"));
        }

        @Test
        void needTypesAreSen2CodesIncludingDownSyndrome() {
            assertThat(planWith(p -> at(p, "/needTypes/1").put("type", "DS"))).isEmpty();
            assertThatThrownBy(() -> planWith(p -> at(p, "/needTypes/1").put("type", "NSA")))
                    .as("CTF's NSA is not a type of need of a child with a plan").hasMessageContaining("NSA");
        }

        @Test
        void responsibleCommissioningBodyIsAnOdsCode() {
            assertFieldsAndRules(planWith(p -> at(p, "/child").put("responsibleCommissioningBody", "qm7")))
                    .containsExactly(tuple("child.responsibleCommissioningBody", "ods-code-format"));
            assertThat(planWith(p -> at(p, "/child").remove("responsibleCommissioningBody")))
                    .as("absent: the council's configured ICB is used").isEmpty();
        }
    }

    @Nested
    class Advice {

        private List<Violation> adviceWith(Consumer<ObjectNode> change) {
            return CanonicalValidator.validate(
                    Documents.variant(Documents.GOLDEN_HEALTH_ADVICE, HealthAdvice.class, change), Documents.TODAY);
        }

        private List<Violation> assessmentWith(Consumer<ObjectNode> change) {
            return CanonicalValidator.validate(
                    Documents.variant(Documents.GOLDEN_SOCIAL_CARE_ASSESSMENT, SocialCareAssessment.class, change),
                    Documents.TODAY);
        }

        @Test
        void healthAdviceNeedsAnOdsCode() {
            assertFieldsAndRules(adviceWith(a -> a.put("odsCode", "ry4"))).containsExactly(tuple("odsCode", "ods-code-format"));
            assertFieldsAndRules(adviceWith(a -> a.remove("odsCode"))).containsExactly(tuple("odsCode", "required"));
        }

        @Test
        void attachmentsDescribeTheirContentExactly() {
            assertFieldsAndRules(adviceWith(a -> at(a, "/attachments/1")
                    .put("sha256", "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855")
                    .put("sizeBytes", 0)
                    .put("mediaType", "pdf")))
                    .containsExactly(tuple("attachments[1].mediaType", "media-type-format"),
                            tuple("attachments[1].sizeBytes", "positive-size"),
                            tuple("attachments[1].sha256", "sha256-format"));
        }

        @Test
        void adviceRecommendationsReferenceTheAdvicesOwnOutcomes() {
            assertFieldsAndRules(adviceWith(a -> at(a, "/recommendedProvision/0").putArray("outcomeIds").add("E-01")))
                    .containsExactly(tuple("recommendedProvision[0].outcomeIds[0]", "known-outcome"));
            assertFieldsAndRules(adviceWith(a -> at(a, "/recommendedProvision/2").put("id", "HA-O1")))
                    .containsExactly(tuple("recommendedProvision[2].id", "unique-id"));
        }

        @Test
        void adviceChecksTheChildAndAuthorLikeAPlan() {
            assertFieldsAndRules(adviceWith(a -> {
                at(a, "/child").put("upn", "A919236820041");
                at(a, "/author").remove("writtenOn");
                a.putArray("needs").add(" ");
            })).containsExactly(tuple("child.upn", "upn-check-letter"), tuple("author.writtenOn", "required"),
                    tuple("needs[0]", "required"));
        }

        @Test
        void socialCareAssessmentComesFromAKnownCouncil() {
            assertFieldsAndRules(assessmentWith(a -> a.put("laCode", "000"))).containsExactly(tuple("laCode", "known-la-code"));
            assertFieldsAndRules(assessmentWith(a -> a.put("assessmentId", "")))
                    .containsExactly(tuple("assessmentId", "id-format"));
        }
    }

    @Nested
    class Exceptions {

        @Test
        void nullDocumentsAreViolationsNotCrashes() {
            assertFieldsAndRules(CanonicalValidator.validate((EhcPlan) null)).containsExactly(tuple("$", "required"));
            assertFieldsAndRules(CanonicalValidator.validate((HealthAdvice) null)).containsExactly(tuple("$", "required"));
            assertFieldsAndRules(CanonicalValidator.validate((SocialCareAssessment) null))
                    .containsExactly(tuple("$", "required"));
        }

        @Test
        void requireValidPassesAValidDocument() {
            EhcPlan plan = Documents.read(Documents.GOLDEN_PLAN, EhcPlan.class);
            assertThatCode(() -> CanonicalValidator.requireValid(plan)).doesNotThrowAnyException();
            assertThatCode(() -> CanonicalValidator.requireValid(
                    Documents.read(Documents.GOLDEN_HEALTH_ADVICE, HealthAdvice.class))).doesNotThrowAnyException();
            assertThatCode(() -> CanonicalValidator.requireValid(
                    Documents.read(Documents.GOLDEN_SOCIAL_CARE_ASSESSMENT, SocialCareAssessment.class)))
                    .doesNotThrowAnyException();
        }

        @Test
        void exceptionListsFieldsAndRulesButNoPersonalData() {
            EhcPlan plan = Documents.variant(Documents.GOLDEN_PLAN, EhcPlan.class, p -> {
                at(p, "/child").put("nhsNumber", "9993110468").put("postcode", "SG13 7Q")
                        .put("dateOfBirth", "1990-05-09").put("givenName", "Theo");
            });

            assertThatThrownBy(() -> CanonicalValidator.requireValid(plan, Documents.TODAY))
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.violations()).extracting(Violation::field, Violation::rule).containsExactly(
                                tuple("child.nhsNumber", "nhs-number-modulus-11"),
                                tuple("child.dateOfBirth", "age-range"),
                                tuple("child.postcode", "postcode-format"));
                        String everything = e.getMessage() + e.violations();
                        assertThat(everything).contains("child.nhsNumber [nhs-number-modulus-11]")
                                .doesNotContain("9993110468", "1990", "SG13", "Theo", "Marchetti");
                    });
        }

        @Test
        void violationListsAreImmutable() {
            List<Violation> violations = planWith(p -> p.remove("planId"));
            assertThatThrownBy(() -> violations.add(new Violation("x", "y", "z")))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }
}
