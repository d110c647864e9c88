package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The authorisation matrix ({@link AuthorisationMatrix}) against the running hub: every operation its OpenAPI
 * document, WSDL, CapabilityStatement and actuator index list, plus the fixed front doors, called by every kind of
 * caller; each cell is one dynamic test, named "operation × CALLER → expected". An operation the hub serves without a
 * row, or a row for an operation it does not serve, fails the build; so does a docs/security.md whose table is not
 * the matrix.
 */
class AuthorisationMatrixTest {

    static final String START = "<!-- authorisation-matrix:start -->";
    static final String END = "<!-- authorisation-matrix:end -->";
    private static final String CSV = "conformance-tests/src/test/resources/uk/ehcexchange/conformance/"
            + AuthorisationMatrix.RESOURCE;
    private static final String WRITE = "ehc.matrix.write";

    private final AuthorisationMatrix matrix = AuthorisationMatrix.load();

    @Test
    void everyServedOperationHasARowAndACallAndEveryRowAServedOperation() {
        RunningHub hub = RunningHub.get();
        Set<String> served = new ServedOperations(hub).all();
        Map<String, MatrixOperation> calls = calls(hub);
        List<String> problems = new ArrayList<>();
        served.stream().filter(op -> matrix.row(op) == null).forEach(op -> problems.add("'" + op
                + "' is served but has no row: add one to " + CSV + " saying what each caller gets"));
        matrix.rows().stream().filter(row -> !served.contains(row.operation())).forEach(row -> problems.add("'"
                + row.operation() + "' has a row but is not served: remove it from " + CSV));
        served.stream().filter(op -> !calls.containsKey(op)).forEach(op -> problems.add("'" + op
                + "' has no call: add how to make it to the matching *MatrixCalls class"));

        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @TestFactory
    Stream<DynamicNode> everyCellAgainstTheRunningHub() {
        RunningHub hub = RunningHub.get();
        Map<String, MatrixOperation> calls = calls(hub);
        Set<String> served = new ServedOperations(hub).all();
        List<DynamicNode> nodes = new ArrayList<>();
        for (AuthorisationMatrix.Row row : matrix.rows()) {
            MatrixOperation operation = calls.get(row.operation());
            List<DynamicTest> cells = new ArrayList<>();
            for (Caller caller : Caller.values()) {
                String expected = row.expected().get(caller);
                cells.add(DynamicTest.dynamicTest(row.operation() + " × " + caller + " → " + expected, () -> {
                    if (operation == null) {
                        fail("no call for '" + row.operation() + "': add one to the matching *MatrixCalls class");
                    }
                    assertThat(operation.observe(caller)).as("%s as %s", row.operation(), caller)
                            .isEqualTo(expected);
                }));
            }
            nodes.add(DynamicContainer.dynamicContainer(row.operation(), cells));
        }
        served.stream().filter(op -> matrix.row(op) == null).forEach(op -> nodes.add(DynamicTest.dynamicTest(
                op + " × (no row)", () -> fail("'" + op + "' is served but has no row in " + CSV))));
        return nodes.stream();
    }

    @Test
    void docsSecurityMdShowsTheMatrix() throws IOException {
        Path docs = Path.of(System.getProperty("user.dir")).resolve("../docs/security.md").normalize();
        String section = START + "\n" + matrix.markdown() + END;
        String text = Files.exists(docs) ? Files.readString(docs, StandardCharsets.UTF_8) : "";
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        String shown = start >= 0 && end > start ? text.substring(start, end + END.length()) : null;
        if (Boolean.getBoolean(WRITE) && !section.equals(shown)) {
            String written = shown != null ? text.replace(shown, section)
                    : text.isEmpty() ? "# Security\n\n## Authorisation matrix\n\n" + section + "\n"
                    : text + "\n## Authorisation matrix\n\n" + section + "\n";
            Files.writeString(docs, written, StandardCharsets.UTF_8);
            return;
        }
        assertThat(shown).as("""
                The authorisation matrix in %s (between %s and %s) is not the one in %s. Regenerate it with
                  mvn -o -pl conformance-tests test -Dtest=AuthorisationMatrixTest#docsSecurityMdShowsTheMatrix \
                -Dehc.matrix.write=true""".formatted(docs, START, END, CSV)).isEqualTo(section);
    }

    private static Map<String, MatrixOperation> calls(RunningHub hub) {
        MatrixCredentials credentials = new MatrixCredentials(hub);
        List<MatrixOperation> all = new ArrayList<>();
        all.addAll(new RestMatrixCalls(hub, credentials).operations());
        all.addAll(new SoapMatrixCalls(hub, credentials).operations());
        all.addAll(new FhirMatrixCalls(hub, credentials).operations());
        all.addAll(new DoorMatrixCalls(hub, credentials).operations(new ServedOperations(hub).managementEndpoints()));
        Map<String, MatrixOperation> byName = new LinkedHashMap<>();
        all.forEach(op -> byName.put(op.name(), op));
        return byName;
    }
}
