package uk.ehcexchange.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.ehcexchange.model.EhcPlan;

/**
 * Each fixture under {@code invalid/} is the golden plan with exactly one fault. The Java validator must report
 * exactly that fault; the JSON Schema must reject it when the rule is expressible in JSON Schema and is expected
 * to accept it otherwise, which documents where the schema stops and the Java validator takes over.
 */
class InvalidPlanFixturesTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("bad-nhs-number", "child.nhsNumber", "nhs-number-modulus-11", false),
                Arguments.of("bad-upn-check-letter", "child.upn", "upn-check-letter", false),
                Arguments.of("unknown-la-code", "owningCouncil", "known-la-code", false),
                Arguments.of("missing-section-g", "sections.G", "required", true),
                Arguments.of("provision-unknown-outcome", "sections.F.items[0].outcomeIds[1]", "known-outcome", false),
                Arguments.of("final-without-establishment", "sections.I.establishment",
                        "placement-required-when-final", true),
                Arguments.of("establishment-and-placement-type", "sections.I.placementType",
                        "establishment-or-placement-type", true),
                Arguments.of("other-placement-without-description", "sections.I.placementDescription",
                        "placement-description-required", true),
                Arguments.of("two-primary-needs", "needTypes[1].rank", "need-rank-unique", false),
                Arguments.of("ceased-without-reason", "ceasedReason", "ceased-reason-required", true),
                Arguments.of("no-identifiers", "child", "at-least-one-identifier", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void javaValidatorReportsExactlyTheFault(String fixture, String field, String rule, boolean schemaCanExpress)
            throws Exception {
        String resource = "/invalid/" + fixture + ".json";
        EhcPlan plan = Documents.read(resource, EhcPlan.class);

        assertThat(CanonicalValidator.validate(plan, Documents.TODAY))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(field, rule));
        assertThatThrownBy(() -> CanonicalValidator.requireValid(plan, Documents.TODAY))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining(field + " [" + rule + "]");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void jsonSchemaRejectsWhatItCanExpress(String fixture, String field, String rule, boolean schemaCanExpress) {
        JsonNode document = Documents.tree("/invalid/" + fixture + ".json");

        if (schemaCanExpress) {
            assertThat(CanonicalSchemas.validate("ehc-plan.schema.json", document)).as(rule).isNotEmpty();
        } else {
            assertThat(CanonicalSchemas.validate("ehc-plan.schema.json", document))
                    .as("%s is enforced only by the Java validator", rule).isEmpty();
        }
    }

    @Test
    void unknownPropertyIsRejectedByStrictJacksonAndBySchema() {
        String resource = "/invalid/unknown-property.json";

        assertThatThrownBy(() -> Documents.read(resource, EhcPlan.class))
                .hasRootCauseInstanceOf(UnrecognizedPropertyException.class)
                .rootCause().hasMessageContaining("middleName");
        assertThat(CanonicalSchemas.validate("ehc-plan.schema.json", Documents.tree(resource)))
                .extracting(m -> m.getType())
                .contains("additionalProperties");
    }
}
