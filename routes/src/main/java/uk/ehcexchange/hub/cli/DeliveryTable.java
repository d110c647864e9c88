package uk.ehcexchange.hub.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** How the {@code deliveries} commands print deliveries: a table for a list, one field a line for one. */
final class DeliveryTable {

    private static final String[] COLUMNS = {"id", "kind", "reference", "destination", "status", "attempts",
            "updatedAt", "lastError"};
    private static final String[] FIELDS = {"id", "kind", "reference", "destination", "status", "attempts",
            "nextAttemptAt", "lastError", "resolvedBy", "resolutionNote", "createdAt", "updatedAt"};
    private static final int ERROR_WIDTH = 80;

    private DeliveryTable() {
    }

    static void print(PrintWriter out, JsonNode deliveries) {
        if (deliveries.isEmpty()) {
            out.println("(none)");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(COLUMNS);
        for (JsonNode delivery : deliveries) {
            String[] row = new String[COLUMNS.length];
            for (int i = 0; i < COLUMNS.length; i++) {
                row[i] = text(delivery, COLUMNS[i]);
            }
            row[row.length - 1] = shorten(row[row.length - 1]);
            rows.add(row);
        }
        int[] widths = new int[COLUMNS.length];
        rows.forEach(row -> {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        });
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == row.length - 1 ? row[i] : String.format("%-" + widths[i] + "s  ", row[i]));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    static void printOne(PrintWriter out, JsonNode delivery) {
        for (String field : FIELDS) {
            out.printf("%-15s %s%n", field + ":", text(delivery, field));
        }
    }

    private static String text(JsonNode delivery, String field) {
        JsonNode value = delivery.get(field);
        return value == null || value.isNull() ? "-" : value.asText().replaceAll("[\\r\\n\\t]+", " ");
    }

    private static String shorten(String text) {
        return text.length() <= ERROR_WIDTH ? text : text.substring(0, ERROR_WIDTH - 1) + "…";
    }
}
