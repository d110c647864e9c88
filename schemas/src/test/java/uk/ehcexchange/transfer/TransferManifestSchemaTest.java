package uk.ehcexchange.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import uk.ehcexchange.model.CanonicalJson;

class TransferManifestSchemaTest {

    @Test
    void writtenManifestValidatesAgainstThePublishedSchema() throws Exception {
        JsonNode manifest = CanonicalJson.mapper().valueToTree(Fixtures.goldenContainer().manifest());
        assertThat(TransferSchemas.validateManifest(manifest)).isEmpty();
    }

    @Test
    void goldenExampleValidatesAndIsCanonical() throws Exception {
        byte[] bytes = Fixtures.resource("/transfer/manifest-example.json");
        JsonNode tree = CanonicalJson.mapper().readTree(bytes);
        assertThat(TransferSchemas.validateManifest(tree)).isEmpty();
        TransferManifestV1 manifest = CanonicalJson.mapper().treeToValue(tree, TransferManifestV1.class);
        // numbers compare by value: the tree reads 29409 as an int, the record holds a long
        assertThat(CanonicalJson.mapper().writeValueAsString(manifest)).isEqualTo(tree.toString());
    }

    @Test
    void schemaIsDraft202012WithItsPublishedIdAndClosedObjects() throws Exception {
        JsonNode schema = CanonicalJson.mapper().readTree(
                Fixtures.resource("/uk/ehcexchange/schemas/transfer/transfer-manifest-v1.schema.json"));
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").asText()).isEqualTo(TransferSchemas.MANIFEST_ID);
        assertThat(schema.findParents("type").stream()
                .filter(n -> "object".equals(n.path("type").asText()))
                .allMatch(n -> n.path("additionalProperties").isBoolean()
                        && !n.path("additionalProperties").booleanValue())).isTrue();
    }

    static Map<String, Consumer<ObjectNode>> faults() {
        return Map.of(
                "no child identifier", m -> m.putObject("child"),
                "unknown field", m -> m.put("comment", "x"),
                "format version 2", m -> m.put("formatVersion", "2"),
                "no plan part", m -> ((ObjectNode) m.withArray("parts").get(0)).put("role", "attachment"),
                "upper-case digest", m -> ((ObjectNode) m.withArray("parts").get(0)).put("sha256",
                        m.withArray("parts").get(0).path("sha256").asText().toUpperCase()),
                "traversal name", m -> ((ObjectNode) m.withArray("parts").get(1)).put("name", "advice/../x.json"),
                "offset timestamp", m -> m.put("createdAt", "2026-11-30T09:15:00+01:00"),
                "missing transferDate", m -> m.remove("transferDate"));
    }

    static Iterable<String> faultNames() {
        return faults().keySet().stream().sorted().toList();
    }

    @ParameterizedTest
    @MethodSource("faultNames")
    void schemaAndJavaRulesBothRefuse(String fault) throws Exception {
        ObjectNode manifest = CanonicalJson.mapper().valueToTree(Fixtures.goldenContainer().manifest());
        faults().get(fault).accept(manifest);
        assertThat(TransferSchemas.validateManifest(manifest)).as("schema").isNotEmpty();
        assertThat(ManifestRules.problems(manifest, ContainerLimits.FORMAT_MAX_PARTS)).as("java").isNotEmpty();
    }
}
