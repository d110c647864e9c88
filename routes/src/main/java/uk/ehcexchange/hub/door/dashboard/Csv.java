package uk.ehcexchange.hub.door.dashboard;

import java.util.List;

/**
 * A table as CSV (RFC 4180: comma-separated, CRLF, fields with commas, quotes or line breaks quoted). A field a
 * spreadsheet would run as a formula — starting with {@code = + - @}, a tab or a carriage return — is prefixed with
 * an apostrophe (OWASP's advice against CSV injection), so a child's name or a code can never become a formula. A
 * negative number cannot occur in the dashboard's tables, so nothing real is altered.
 */
final class Csv {

    private Csv() {
    }

    static String of(Table table) {
        StringBuilder out = new StringBuilder();
        line(out, table.headers());
        for (List<Table.Cell> row : table.rows()) {
            line(out, row.stream().map(Table.Cell::text).toList());
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    static String field(String value) {
        String safe = value == null ? "" : value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            safe = '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
