package db.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills {@code advice_attachment} (V50) for advice received before it existed: the digests each advice document
 * names in its {@code attachments}. Without them the content sweep would take those attachments for orphans. A Java
 * migration because the digests are inside JSON, which H2 and PostgreSQL query differently.
 */
public class V51__Index_advice_attachments extends BaseJavaMigration {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        ObjectMapper json = new ObjectMapper();
        try (Statement select = connection.createStatement();
             ResultSet responses = select.executeQuery("SELECT response_id, document FROM advice_response");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO advice_attachment (response_id, sha256) VALUES (?, ?)")) {
            while (responses.next()) {
                for (String sha256 : attachments(json.readTree(responses.getString(2)))) {
                    insert.setString(1, responses.getString(1));
                    insert.setString(2, sha256);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    static Set<String> attachments(JsonNode advice) {
        Set<String> digests = new LinkedHashSet<>();
        for (JsonNode attachment : advice.path("attachments")) {
            String sha256 = attachment.path("sha256").asText();
            if (SHA256_HEX.matcher(sha256).matches()) {
                digests.add(sha256);
            }
        }
        return digests;
    }
}
