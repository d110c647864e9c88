package uk.ehcexchange.adapters.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.InputStream;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.ehcexchange.model.CanonicalJson;
import uk.ehcexchange.model.HealthAdvice;

/**
 * Golden cases for health advice: the Bundles a trust sends (document and BaRS-style message) for the canonical
 * advice, read back to the same advice; a trust's own document that uses none of our identifier systems; and one
 * rejection per way an advice Bundle can be unusable, each with its expected OperationOutcome.
 */
class FhirAdviceMapperGoldenTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private final FhirAdviceMapper mapper = new FhirAdviceMapper(FHIR);
    private final IParser json = FHIR.newJsonParser().setPrettyPrint(true);

    @Test
    void writesTheExpectedDocumentAndMessage() {
        HealthAdvice advice = AdviceFixtures.advice();

        Golden.assertMatches("advice/advice-919.document.fhir.json",
                json.encodeResourceToString(mapper.toAdviceBundle(advice, AdviceFixtures.context(advice))));
        Golden.assertMatches("advice/advice-919.message.fhir.json",
                json.encodeResourceToString(mapper.toAdviceMessage(advice, AdviceFixtures.context(advice))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"advice-919.document", "advice-919.message"})
    void readsTheAdviceBackLosslessly(String name) throws Exception {
        HealthAdvice advice = AdviceFixtures.advice();
        Bundle bundle = json.parseResource(Bundle.class, Golden.read(AdviceFixtures.DIR + name + ".fhir.json"));

        MappedAdvice mapped = mapper.fromBundle(bundle);

        assertThat(mapped.advice()).isEqualTo(advice);
        assertThat(mapped.taskId()).isEqualTo("ar-919-2026-000042").isEqualTo(advice.requestReference());
        assertThat(mapped.nhsNumber()).isEqualTo("9993110469");
        Map<String, byte[]> content = AdviceFixtures.content(advice);
        assertThat(mapped.attachments()).hasSize(2);
        for (AdviceAttachment attachment : mapped.attachments()) {
            try (InputStream first = attachment.content().get(); InputStream again = attachment.content().get()) {
                byte[] expected = content.get(attachment.documentReference());
                assertThat(first.readAllBytes()).isEqualTo(expected);
                assertThat(again.readAllBytes()).as("each stream starts from the beginning").isEqualTo(expected);
            }
            assertThat(attachment.contentType()).isEqualTo("application/pdf");
        }
    }

    /** A trust's own document: absolute Task URL, its own identifiers, a structured practitioner name. */
    @Test
    void readsATrustsOwnDocument() throws Exception {
        Bundle bundle = json.parseResource(Bundle.class, Golden.read(AdviceFixtures.DIR + "trust-own-identifiers.fhir.json"));

        MappedAdvice mapped = mapper.fromBundle(bundle);

        assertThat(mapped.taskId()).isEqualTo("ar-919-2026-000042");
        Golden.assertMatches("advice/trust-own-identifiers.canonical.json",
                CanonicalJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(mapped.advice()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "reject-collection-bundle",
            "reject-no-composition-first",
            "reject-not-advice",
            "reject-no-task-reference",
            "reject-task-reference-not-a-task",
            "reject-patient-not-in-bundle",
            "reject-no-ods-code",
            "reject-attachment-by-url",
            "reject-attachment-size-mismatch",
            "reject-message-wrong-event",
            "reject-several-problems"})
    void rejectsWithTheExpectedIssues(String name) {
        Bundle bundle = json.parseResource(Bundle.class, Golden.read(AdviceFixtures.DIR + name + ".fhir.json"));

        assertThatThrownBy(() -> mapper.fromBundle(bundle))
                .isInstanceOfSatisfying(FhirMappingException.class, e -> Golden.assertMatches(
                        "advice/" + name + ".outcome.json",
                        json.encodeResourceToString(FhirIssue.toOperationOutcome(e.issues()))));
    }
}
