package uk.ehcexchange.adapters.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.ehcexchange.model.CanonicalJson;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.model.reference.EnglishLocalAuthorities;
import uk.ehcexchange.model.validation.CanonicalValidator;

/**
 * One case per plan section (and the full golden plan): the canonical input, the expected FHIR document, and the
 * way back to an equal canonical plan, through JSON and through XML.
 */
class FhirPlanMapperGoldenTest {

    static final FhirContext FHIR = FhirContext.forR4Cached();
    static final Instant TIMESTAMP = Instant.parse("2026-11-23T10:15:30Z");
    private static final Clock CLOCK = Clock.fixed(TIMESTAMP, ZoneId.of("Europe/London"));

    private final FhirPlanMapper mapper = new FhirPlanMapper(FHIR);

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("plan-919-full", "/uk/ehcexchange/samples/ehc-plan-919-full.json"),
                golden("sections-a-to-d-prose"),
                golden("section-e-outcomes"),
                golden("sections-f-g-h1-h2-provision"),
                golden("section-i-draft-without-establishment"),
                golden("section-i-college"),
                golden("section-i-otherwise-than-at-school"),
                golden("section-j-budget"),
                golden("section-k-advice"),
                golden("ceased-plan"));
    }

    private static Arguments golden(String name) {
        return Arguments.of(name, Golden.ROOT + "plan/" + name + ".canonical.json");
    }

    static EhcPlan plan(String resource) throws Exception {
        return CanonicalJson.mapper().readValue(Golden.read(resource), EhcPlan.class);
    }

    static PlanBundleContext context(String caseName, EhcPlan plan) {
        return new PlanBundleContext("golden-" + caseName, TIMESTAMP,
                EnglishLocalAuthorities.byLaCode(plan.owningCouncil()).orElseThrow().name());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void writesTheExpectedDocument(String name, String input) throws Exception {
        EhcPlan plan = plan(input);
        assertThat(CanonicalValidator.validate(plan, CLOCK)).as("the input is a valid plan").isEmpty();

        Bundle bundle = mapper.toDocumentBundle(plan, context(name, plan));

        Golden.assertMatches("plan/" + name + ".fhir.json",
                FHIR.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsTheExpectedDocumentBackLosslessly(String name, String input) throws Exception {
        EhcPlan plan = plan(input);
        Bundle expected = FHIR.newJsonParser().parseResource(Bundle.class, Golden.read(Golden.ROOT + "plan/" + name + ".fhir.json"));

        assertThat(mapper.fromDocumentBundle(expected)).isEqualTo(plan);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void roundTripsThroughXml(String name, String input) throws Exception {
        EhcPlan plan = plan(input);
        IParser xml = FHIR.newXmlParser();
        String document = xml.encodeResourceToString(mapper.toDocumentBundle(plan, context(name, plan)));

        assertThat(mapper.fromDocumentBundle(xml.parseResource(Bundle.class, document))).isEqualTo(plan);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isDeterministic(String name, String input) throws Exception {
        EhcPlan plan = plan(input);
        IParser json = FHIR.newJsonParser();

        assertThat(json.encodeResourceToString(mapper.toDocumentBundle(plan, context(name, plan))))
                .isEqualTo(json.encodeResourceToString(mapper.toDocumentBundle(plan(input), context(name, plan))));
    }
}
