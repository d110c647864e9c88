package uk.ehcexchange.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;

/** The published manifest schema, resolved from the classpath (it refers to ../common.schema.json). */
final class TransferSchemas {

    static final String BASE = "https://schemas.ehcexchange.uk/v1/";
    static final String MANIFEST_ID = BASE + "transfer/transfer-manifest-v1.schema.json";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers
                    .mapPrefix(BASE + "transfer/", "classpath:uk/ehcexchange/schemas/transfer/")
                    .mapPrefix(BASE, "classpath:uk/ehcexchange/schemas/json/")));

    private TransferSchemas() {
    }

    static Set<ValidationMessage> validateManifest(JsonNode manifest) {
        return FACTORY.getSchema(SchemaLocation.of(MANIFEST_ID)).validate(manifest);
    }
}
