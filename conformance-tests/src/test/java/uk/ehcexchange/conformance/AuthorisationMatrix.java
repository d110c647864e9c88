package uk.ehcexchange.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The authorisation matrix: for every operation the hub serves, what each kind of {@link Caller} must get. The
 * data is {@code authorisation-matrix.csv} beside this class (test resources); {@link AuthorisationMatrixTest} holds
 * the running hub to it, cell by cell, and docs/security.md shows it as a table.
 *
 * <h2>How to read it</h2>
 * One row per operation: its front door, its name as the hub's own description gives it ({@code METHOD path} from
 * the served OpenAPI document, {@code SOAP <operation>} from the WSDL's portType, {@code FHIR <type> <interaction>}
 * or {@code FHIR $<operation>} from the CapabilityStatement; fixed names for the token endpoint, the probes, the
 * actuator and the peering paths), who the right caller is, then one expected answer per caller, in the order of
 * {@link Caller}:
 * <ul>
 *   <li>REST: the status, and for a refusal the problem type's code: {@code 401 unauthenticated},
 *       {@code 403 not-your-authority}, {@code 403 not-permitted-for-role}, {@code 404 not-found};</li>
 *   <li>SOAP: {@code ok}, or {@code fault <code>} (the hub:HubFault detail's code);</li>
 *   <li>FHIR: the status (a refusal is an OperationOutcome; every resource returned must validate);</li>
 *   <li>token endpoint: the status, and for a refusal the OAuth 2.0 {@code error};</li>
 *   <li>probes, actuator, closed paths: the status.</li>
 * </ul>
 * Each caller and what it presents is described on {@link Caller} and {@link MatrixCredentials}; how each cell is
 * called (on which resource, naming which authority) is in {@link RestMatrixCalls}, {@link SoapMatrixCalls},
 * {@link FhirMatrixCalls} and {@link DoorMatrixCalls}.
 *
 * <h2>How to extend it</h2>
 * A new operation in the OpenAPI document, the WSDL, the CapabilityStatement or the actuator index fails the build
 * until it has (1) a row in the CSV saying what each caller gets and (2) a call in the matching *MatrixCalls class
 * that makes it on a real resource. Then regenerate the table in docs/security.md:
 * {@code mvn -o -pl conformance-tests test -Dtest=AuthorisationMatrixTest -Dehc.matrix.write=true}. A row whose
 * operation the hub no longer serves fails too: remove it. Never change an expected answer to make a cell pass
 * without deciding that the new answer is the right one for that caller.
 */
final class AuthorisationMatrix {

    static final String RESOURCE = "authorisation-matrix.csv";

    /** One row: an operation and what every caller must get. */
    record Row(String door, String operation, String rightCaller, Map<Caller, String> expected) {
    }

    private final Map<String, Row> rows;

    private AuthorisationMatrix(Map<String, Row> rows) {
        this.rows = rows;
    }

    static AuthorisationMatrix load() {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (InputStream in = AuthorisationMatrix.class.getResourceAsStream(RESOURCE);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split(",", -1);
                Caller[] callers = Caller.values();
                if (cells.length != 3 + callers.length) {
                    throw new IllegalStateException(RESOURCE + ": expected " + (3 + callers.length) + " columns in "
                            + line);
                }
                Map<Caller, String> expected = new EnumMap<>(Caller.class);
                for (int i = 0; i < callers.length; i++) {
                    expected.put(callers[i], cells[3 + i].trim());
                }
                Row row = new Row(cells[0].trim(), cells[1].trim(), cells[2].trim(), expected);
                if (rows.put(row.operation(), row) != null) {
                    throw new IllegalStateException(RESOURCE + ": two rows for " + row.operation());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AuthorisationMatrix(rows);
    }

    List<Row> rows() {
        return new ArrayList<>(rows.values());
    }

    Row row(String operation) {
        return rows.get(operation);
    }

    /** The matrix as the Markdown table docs/security.md shows. */
    String markdown() {
        StringBuilder table = new StringBuilder("| Door | Operation | Entitled caller |");
        for (Caller caller : Caller.values()) {
            table.append(' ').append(caller.heading).append(" |");
        }
        table.append("\n|---|---|---|").append("---|".repeat(Caller.values().length)).append('\n');
        for (Row row : rows.values()) {
            table.append("| ").append(row.door()).append(" | `").append(row.operation()).append("` | ")
                    .append(row.rightCaller()).append(" |");
            for (Caller caller : Caller.values()) {
                table.append(' ').append(row.expected().get(caller)).append(" |");
            }
            table.append('\n');
        }
        return table.toString();
    }
}
