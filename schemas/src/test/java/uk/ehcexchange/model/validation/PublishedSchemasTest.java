package uk.ehcexchange.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ehcexchange.model.validation.Documents.at;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.ehcexchange.model.Authority;
import uk.ehcexchange.model.AuthorityKind;
import uk.ehcexchange.model.InboundPreference;
import uk.ehcexchange.model.reference.EnglishLocalAuthorities;

class PublishedSchemasTest {

    private static final String DIR = "/uk/ehcexchange/schemas/json/";

    private static JsonNode schemaTree(String file) {
        return Documents.tree(DIR + file);
    }

    @ParameterizedTest
    @ValueSource(strings = {"common.schema.json", "ehc-plan.schema.json", "health-advice.schema.json",
            "social-care-assessment.schema.json", "authority.schema.json", "advice-document.schema.json"})
    void eachSchemaIsDraft202012WithItsPublishedIdAndClosedObjects(String file) {
        JsonNode schema = schemaTree(file);
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").asText()).isEqualTo(CanonicalSchemas.BASE + file);

        List<String> openObjects = new ArrayList<>();
        List<String> refs = new ArrayList<>();
        walk(schema, "", openObjects, refs);
        assertThat(openObjects).as("object schemas without additionalProperties: false").isEmpty();

        JsonNode commonDefs = schemaTree("common.schema.json").path("$defs");
        assertThat(refs).allSatisfy(ref -> {
            assertThat(ref).doesNotStartWith("http");
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            JsonNode defs = ref.startsWith("#") ? schema.path("$defs") : commonDefs;
            assertThat(ref).matches("(common\\.schema\\.json)?#/\\$defs/[A-Za-z0-9]+");
            assertThat(defs.has(name)).as("target of %s exists", ref).isTrue();
        });
    }

    private static void walk(JsonNode node, String path, List<String> openObjects, List<String> refs) {
        if (node.isObject()) {
            if ("object".equals(node.path("type").asText())
                    && !node.path("additionalProperties").isBoolean()) {
                openObjects.add(path);
            } else if ("object".equals(node.path("type").asText())
                    && node.path("additionalProperties").booleanValue()) {
                openObjects.add(path);
            }
            if (node.has("$ref")) {
                refs.add(node.get("$ref").asText());
            }
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                walk(e.getValue(), path + "/" + e.getKey(), openObjects, refs);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "/" + i, openObjects, refs);
            }
        }
    }

    @Test
    void planSchemaRequiresAllTwelveSections() {
        JsonNode required = schemaTree("ehc-plan.schema.json").at("/properties/sections/required");
        assertThat(required).extracting(JsonNode::asText)
                .containsExactly("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K");
    }

    @Test
    void everyShippedCouncilConformsToTheAuthoritySchema() {
        for (Authority council : EnglishLocalAuthorities.all()) {
            JsonNode json = Documents.MAPPER.valueToTree(council);
            assertThat(CanonicalSchemas.validate("authority.schema.json", json)).as(council.laCode()).isEmpty();
        }
        JsonNode icb = Documents.MAPPER.valueToTree(
                new Authority(AuthorityKind.ICB, "QM7", null, null, "QM7", "NHS Hertfordshire and West Essex ICB"));
        assertThat(CanonicalSchemas.validate("authority.schema.json", icb)).isEmpty();
        JsonNode icbWithoutOds = Documents.MAPPER.valueToTree(
                new Authority(AuthorityKind.ICB, "QM7", null, null, null, "NHS Hertfordshire and West Essex ICB"));
        assertThat(CanonicalSchemas.validate("authority.schema.json", icbWithoutOds)).isNotEmpty();
    }

    @Test
    void onlyACouncilHasAnInboundPreferenceAndOnlyOfTheKnownValues() {
        Authority bexley = EnglishLocalAuthorities.byLaCode("303").orElseThrow()
                .withInbound(new InboundPreference("council-xml", "soap"));
        assertThat(CanonicalSchemas.validate("authority.schema.json", Documents.MAPPER.valueToTree(bexley))).isEmpty();
        assertThat(CanonicalSchemas.validate("authority.schema.json", Documents.MAPPER.valueToTree(
                bexley.withInbound(new InboundPreference("pdf", "soap"))))).isNotEmpty();
        assertThat(CanonicalSchemas.validate("authority.schema.json", Documents.MAPPER.valueToTree(
                new Authority(AuthorityKind.ICB, "QM7", null, null, "QM7", "NHS Hertfordshire and West Essex ICB",
                        new InboundPreference("canonical-json", "rest"))))).isNotEmpty();
    }

    private static boolean planSchemaRejects(Consumer<ObjectNode> change) {
        ObjectNode plan = (ObjectNode) Documents.tree(Documents.GOLDEN_PLAN).deepCopy();
        change.accept(plan);
        return !CanonicalSchemas.validate("ehc-plan.schema.json", plan).isEmpty();
    }

    @Test
    void planSchemaExpressesFormatsAndStatusRules() {
        assertThat(planSchemaRejects(p -> at(p, "/child").put("nhsNumber", "999 311 0469"))).isTrue();
        assertThat(planSchemaRejects(p -> at(p, "/child").put("upn", "I919236820041"))).isTrue();
        assertThat(planSchemaRejects(p -> at(p, "/child").put("postcode", "SG13  7QX"))).isTrue();
        assertThat(planSchemaRejects(p -> at(p, "/child").put("dateOfBirth", "09/05/2016"))).isTrue();
        assertThat(planSchemaRejects(p -> p.put("owningCouncil", "91"))).isTrue();
        assertThat(planSchemaRejects(p -> p.put("ceasedReason", "OTHER"))).as("reason on a live plan").isTrue();
        assertThat(planSchemaRejects(p -> at(p, "/dates").remove("issued"))).as("final plan not issued").isTrue();
        assertThat(planSchemaRejects(p -> at(p, "/sections/I/establishment").remove("urn"))).isTrue();
        assertThat(planSchemaRejects(p -> at(p, "/sections/A").put("text", "   "))).isTrue();
        assertThat(planSchemaRejects(p -> at(p, "/sections/J/lines/0").put("annualAmount", new BigDecimal("10.005"))))
                .isTrue();
        assertThat(planSchemaRejects(p -> at(p, "/sections/J/lines/0").put("annualAmount", new BigDecimal("-0.01"))))
                .isTrue();
        assertThat(planSchemaRejects(p -> at(p, "/sections/J/lines/0").remove("directPayment")))
                .as("direct payment must be stated, not defaulted").isTrue();
        assertThat(planSchemaRejects(p -> at(p, "/sections/G").put("notes", "x"))).isTrue();
        assertThat(planSchemaRejects(p -> p.put("status", "CEASED").put("ceasedReason", "REACHED_MAXIMUM_AGE")))
                .isFalse();
        assertThat(planSchemaRejects(p -> p.put("status", "CEASED").put("ceasedReason", "REACHED_AGE_25")))
                .as("the hub's reasons before SEN2's list are read, but no longer published").isTrue();
        assertThat(planSchemaRejects(p -> at(p, "/needTypes/1").put("rank", 3))).isTrue();
        assertThat(planSchemaRejects(p -> at(p, "/child").put("responsibleCommissioningBody", "qm7"))).isTrue();
        assertThat(planSchemaRejects(p -> at(p, "/sections/I").remove("establishment"))).isTrue();
        assertThat(planSchemaRejects(p -> at(p, "/sections/I").put("placementType", "OLA").remove("establishment")))
                .as("education otherwise than at school names no institution").isFalse();
        assertThat(planSchemaRejects(p -> at(p, "/sections/I").put("placementDescription", "x"))).isTrue();
    }

    @Test
    void adviceSchemasCheckOdsCodesAndAttachments() {
        ObjectNode advice = (ObjectNode) Documents.tree(Documents.GOLDEN_HEALTH_ADVICE).deepCopy();
        advice.put("odsCode", "ry4");
        at(advice, "/attachments/0").put("sha256", "ABC");
        assertThat(CanonicalSchemas.validate("health-advice.schema.json", advice)).hasSizeGreaterThanOrEqualTo(2);

        ObjectNode assessment = (ObjectNode) Documents.tree(Documents.GOLDEN_SOCIAL_CARE_ASSESSMENT).deepCopy();
        assessment.remove("laCode");
        assertThat(CanonicalSchemas.validate("social-care-assessment.schema.json", assessment)).isNotEmpty();
    }
}
