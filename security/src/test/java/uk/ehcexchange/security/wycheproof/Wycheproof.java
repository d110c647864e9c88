package uk.ehcexchange.security.wycheproof;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Project Wycheproof vector files in ../shared/testvectors/wycheproof (see SOURCE.md there), which development
 * and CI machines have but a bare clone may not: a test that needs them is skipped, saying where it looked, when
 * they are absent. The folder is found through the {@code ehc.shared.dir} system property that the build sets,
 * else relative to the module directory, as the other tests that read ../shared do.
 */
final class Wycheproof {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Wycheproof() {
    }

    static Path folder() {
        return Path.of(System.getProperty("ehc.shared.dir", "../../shared")).resolve("testvectors/wycheproof")
                .normalize();
    }

    /** Every test of every group in the file; skips the calling test when the file is absent. */
    static List<Vector> vectors(String fileName) {
        Path file = folder().resolve(fileName);
        Assumptions.assumeTrue(Files.isRegularFile(file), () -> "Skipped: Project Wycheproof vectors not found at "
                + file.toAbsolutePath() + " (../shared/testvectors/wycheproof from the project root)");
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Vector> vectors = new ArrayList<>();
        for (JsonNode group : root.path("testGroups")) {
            for (JsonNode test : group.path("tests")) {
                vectors.add(new Vector(group, test));
            }
        }
        return vectors;
    }

    /**
     * A test named by the vector, whose failure message names the vector too (Surefire's report shows only an index
     * for a dynamic test).
     */
    static DynamicTest check(Vector vector, Executable body) {
        return DynamicTest.dynamicTest(vector.name(), () -> {
            try {
                body.execute();
            } catch (AssertionError | Exception e) {
                throw new AssertionError(vector.name() + ": " + e.getMessage(), e);
            }
        });
    }

    /** One test case with the group it belongs to; its display name starts with the tcId, for finding it. */
    record Vector(JsonNode group, JsonNode test) {

        int tcId() {
            return test.path("tcId").asInt();
        }

        String result() {
            return test.path("result").asText();
        }

        boolean isValid() {
            return "valid".equals(result());
        }

        boolean isInvalid() {
            return "invalid".equals(result());
        }

        boolean isAcceptable() {
            return "acceptable".equals(result());
        }

        /** A hex field of the test case. */
        byte[] bytes(String field) {
            return HexFormat.of().parseHex(text(test, field));
        }

        /** A hex field of the group (keys that all its tests share). */
        byte[] groupBytes(String field) {
            return HexFormat.of().parseHex(text(group, field));
        }

        int groupInt(String field) {
            return group.path(field).asInt();
        }

        String name() {
            String comment = test.path("comment").asText();
            List<String> flags = new ArrayList<>();
            test.path("flags").forEach(flag -> flags.add(flag.asText()));
            return "tcId " + tcId() + " " + result() + (comment.isEmpty() ? "" : ": " + comment)
                    + (flags.isEmpty() ? "" : " " + flags);
        }

        @Override
        public String toString() {
            return name();
        }

        private static String text(JsonNode node, String field) {
            JsonNode value = node.get(field);
            if (value == null || !value.isTextual()) {
                throw new IllegalArgumentException("vector has no hex field " + field);
            }
            return value.asText();
        }
    }
}
