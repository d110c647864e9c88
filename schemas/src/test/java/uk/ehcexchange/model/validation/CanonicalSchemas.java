package uk.ehcexchange.model.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;

/** The published JSON Schemas, resolved from the classpath instead of the network. */
final class CanonicalSchemas {

    static final String BASE = "https://schemas.ehcexchange.uk/v1/";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers ->
                    mappers.mapPrefix(BASE, "classpath:uk/ehcexchange/schemas/json/")));

    private CanonicalSchemas() {
    }

    static JsonSchema schema(String file) {
        return FACTORY.getSchema(SchemaLocation.of(BASE + file));
    }

    static Set<ValidationMessage> validate(String file, JsonNode document) {
        return schema(file).validate(document);
    }
}
