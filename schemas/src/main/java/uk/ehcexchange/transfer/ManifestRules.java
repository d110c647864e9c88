package uk.ehcexchange.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The manifest rules, checked on the JSON tree so that a problem is reported by field path and rule, never by
 * value. Mirrors {@code transfer-manifest-v1.schema.json} and adds what a schema cannot say (role matches the
 * folder, unique part names, exactly one plan part, each deadline kind once, the two authorities differ).
 *
 * <p>The optional {@code kind} decides what the package must carry: a plan package (no {@code kind}, or
 * {@code "plan"}) exactly one plan part, a {@code planId} and no assessment request; an assessment package
 * ({@code "assessment"}) exactly one {@code assessment/request.json}, no plan part, no {@code planId} and no reg 15
 * deadlines.
 */
final class ManifestRules {

    static final long MAX_PART_SIZE = 0xFFFF_FFFEL;

    private static final List<String> FIELDS = List.of("formatVersion", "kind", "packageId", "fromAuthority",
            "toAuthority", "child", "planId", "moveDate", "awareOn", "transferDate", "deadlines", "createdAt",
            "parts");
    private static final List<String> REQUIRED = List.of("formatVersion", "packageId", "fromAuthority",
            "toAuthority", "child", "moveDate", "awareOn", "transferDate", "deadlines", "createdAt", "parts");
    private static final List<String> CHILD_FIELDS = List.of("nhsNumber", "upn", "uln", "localCaseReference");
    private static final List<String> DEADLINE_FIELDS = List.of("kind", "dueOn", "rule", "source");
    private static final List<String> PART_FIELDS = List.of("name", "role", "mediaType", "size", "sha256");

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern LA_CODE = Pattern.compile("[0-9]{3}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])");
    private static final Pattern INSTANT = Pattern.compile(
            "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z");
    private static final Pattern NHS_NUMBER = Pattern.compile("[0-9]{10}");
    private static final Pattern UPN = Pattern.compile("[A-HJ-NP-RT-Z][0-9]{11}[0-9A-HJ-NP-RT-Z]");
    private static final Pattern ULN = Pattern.compile("[0-9]{10}");
    private static final Pattern LOCAL_REF = Pattern.compile("(?s)(?=.*\\S).{1,100}");
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern NOT_BLANK = Pattern.compile("(?s).*\\S.*");

    private ManifestRules() {
    }

    /** Every rule the tree breaks, as {@code path: rule}; empty when the manifest is valid. */
    static List<String> problems(JsonNode root, int maxParts) {
        List<String> problems = new ArrayList<>();
        if (!root.isObject()) {
            problems.add("$: object");
            return problems;
        }
        closed(root, "$", FIELDS, REQUIRED, problems);
        text(root, "formatVersion", Pattern.compile("1"), problems);
        PackageKind kind = kind(root.get("kind"), problems);
        text(root, "packageId", UUID, problems);
        text(root, "fromAuthority", LA_CODE, problems);
        text(root, "toAuthority", LA_CODE, problems);
        if (root.path("fromAuthority").isTextual()
                && root.path("fromAuthority").asText().equals(root.path("toAuthority").asText())) {
            problems.add("$.toAuthority: differs-from-fromAuthority");
        }
        child(root.get("child"), problems);
        if (kind == PackageKind.ASSESSMENT) {
            if (root.has("planId")) {
                problems.add("$.planId: absent-for-assessment");
            }
            JsonNode deadlines = root.get("deadlines");
            if (deadlines != null && deadlines.isArray() && !deadlines.isEmpty()) {
                problems.add("$.deadlines: empty-for-assessment");
            }
        } else if (!root.hasNonNull("planId")) {
            problems.add("$.planId: required");
        }
        text(root, "planId", ID, problems);
        date(root, "$", "moveDate", problems);
        date(root, "$", "awareOn", problems);
        date(root, "$", "transferDate", problems);
        deadlines(root.get("deadlines"), problems);
        JsonNode createdAt = root.get("createdAt");
        if (createdAt != null && !(createdAt.isTextual() && INSTANT.matcher(createdAt.asText()).matches()
                && parsesInstant(createdAt.asText()))) {
            problems.add("$.createdAt: date-time-utc");
        }
        parts(root.get("parts"), maxParts, kind, problems);
        return problems;
    }

    /** The package's kind; {@link PackageKind#PLAN} when absent, {@code null} when unknown (and reported). */
    private static PackageKind kind(JsonNode kind, List<String> problems) {
        if (kind == null) {
            return PackageKind.PLAN;
        }
        PackageKind known = kind.isTextual() ? PackageKind.fromCode(kind.asText()) : null;
        if (known == null) {
            problems.add("$.kind: enum");
        }
        return known;
    }

    private static void closed(JsonNode node, String path, List<String> allowed, List<String> required,
            List<String> problems) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problems.add(path + ": unknown-field " + PartNames.forMessage(name));
            }
        }
        for (String name : required) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                problems.add(path + "." + name + ": required");
            }
        }
    }

    private static void text(JsonNode parent, String field, Pattern pattern, List<String> problems) {
        text(parent, "$", field, pattern, problems);
    }

    private static void text(JsonNode parent, String path, String field, Pattern pattern, List<String> problems) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            return; // reported as required where it is
        }
        if (!value.isTextual()) {
            problems.add(path + "." + field + ": string");
        } else if (!pattern.matcher(value.asText()).matches()) {
            problems.add(path + "." + field + ": format");
        }
    }

    private static void date(JsonNode parent, String path, String field, List<String> problems) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            return;
        }
        if (!value.isTextual() || !DATE.matcher(value.asText()).matches() || !parsesDate(value.asText())) {
            problems.add(path + "." + field + ": date");
        }
    }

    private static void child(JsonNode child, List<String> problems) {
        if (child == null || child.isNull()) {
            return;
        }
        if (!child.isObject()) {
            problems.add("$.child: object");
            return;
        }
        closed(child, "$.child", CHILD_FIELDS, List.of(), problems);
        text(child, "$.child", "nhsNumber", NHS_NUMBER, problems);
        text(child, "$.child", "upn", UPN, problems);
        text(child, "$.child", "uln", ULN, problems);
        text(child, "$.child", "localCaseReference", LOCAL_REF, problems);
        if (CHILD_FIELDS.stream().noneMatch(f -> child.hasNonNull(f))) {
            problems.add("$.child: at-least-one-identifier");
        }
    }

    private static void deadlines(JsonNode deadlines, List<String> problems) {
        if (deadlines == null || deadlines.isNull()) {
            return;
        }
        if (!deadlines.isArray()) {
            problems.add("$.deadlines: array");
            return;
        }
        if (deadlines.size() > DeadlineKind.values().length) {
            problems.add("$.deadlines: max-items");
        }
        Set<String> kinds = new HashSet<>();
        for (int i = 0; i < deadlines.size(); i++) {
            String path = "$.deadlines[" + i + "]";
            JsonNode d = deadlines.get(i);
            if (!d.isObject()) {
                problems.add(path + ": object");
                continue;
            }
            closed(d, path, DEADLINE_FIELDS, DEADLINE_FIELDS, problems);
            JsonNode kind = d.get("kind");
            if (kind != null && !kind.isNull()) {
                if (!kind.isTextual() || !isDeadlineKind(kind.asText())) {
                    problems.add(path + ".kind: enum");
                } else if (!kinds.add(kind.asText())) {
                    problems.add(path + ".kind: unique");
                }
            }
            date(d, path, "dueOn", problems);
            boundedText(d, path, "rule", 2000, problems);
            boundedText(d, path, "source", 200, problems);
        }
    }

    private static void boundedText(JsonNode parent, String path, String field, int max, List<String> problems) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            return;
        }
        if (!value.isTextual()) {
            problems.add(path + "." + field + ": string");
        } else if (value.asText().length() > max) {
            problems.add(path + "." + field + ": max-length");
        } else if (!NOT_BLANK.matcher(value.asText()).matches()) {
            problems.add(path + "." + field + ": not-blank");
        }
    }

    private static void parts(JsonNode parts, int maxParts, PackageKind kind, List<String> problems) {
        if (parts == null || parts.isNull()) {
            return;
        }
        if (!parts.isArray()) {
            problems.add("$.parts: array");
            return;
        }
        if (parts.size() > maxParts) {
            problems.add("$.parts: max-items");
            return;
        }
        Set<String> names = new HashSet<>();
        int plans = 0;
        int requests = 0;
        for (int i = 0; i < parts.size(); i++) {
            String path = "$.parts[" + i + "]";
            JsonNode p = parts.get(i);
            if (!p.isObject()) {
                problems.add(path + ": object");
                continue;
            }
            closed(p, path, PART_FIELDS, PART_FIELDS, problems);
            JsonNode name = p.get("name");
            JsonNode role = p.get("role");
            PartRole roleValue = role != null && role.isTextual() ? PartRole.fromCode(role.asText()) : null;
            if (role != null && !role.isNull() && roleValue == null) {
                problems.add(path + ".role: enum");
            }
            if (roleValue == PartRole.PLAN) {
                plans++;
            } else if (roleValue == PartRole.ASSESSMENT_REQUEST) {
                requests++;
            }
            if (name != null && !name.isNull()) {
                PartRole implied = name.isTextual() ? PartNames.roleOf(name.asText()) : null;
                if (implied == null) {
                    problems.add(path + ".name: part-name");
                } else {
                    if (!names.add(name.asText())) {
                        problems.add(path + ".name: unique");
                    }
                    if (roleValue != null && roleValue != implied) {
                        problems.add(path + ".role: matches-folder");
                    }
                    JsonNode mediaType = p.get("mediaType");
                    if (mediaType != null && mediaType.isTextual()) {
                        String expected = expectedMediaType(name.asText());
                        if (expected != null && !expected.equals(mediaType.asText())) {
                            problems.add(path + ".mediaType: matches-extension");
                        }
                    }
                }
            }
            text(p, path, "mediaType", MEDIA_TYPE, problems);
            text(p, path, "sha256", SHA256, problems);
            JsonNode size = p.get("size");
            if (size != null && !size.isNull()
                    && !(size.isIntegralNumber() && size.canConvertToLong()
                    && size.asLong() >= 0 && size.asLong() <= MAX_PART_SIZE)) {
                problems.add(path + ".size: integer-range");
            }
        }
        if (kind == PackageKind.PLAN) {
            if (plans != 1) {
                problems.add("$.parts: exactly-one-plan");
            }
            if (requests != 0) {
                problems.add("$.parts: no-assessment-request-in-plan-package");
            }
        } else if (kind == PackageKind.ASSESSMENT) {
            if (requests != 1) {
                problems.add("$.parts: exactly-one-assessment-request");
            }
            if (plans != 0) {
                problems.add("$.parts: no-plan-in-assessment-package");
            }
        }
    }

    /** {@code application/json} for {@code .json}, {@code application/pdf} for {@code .pdf}, otherwise any. */
    static String expectedMediaType(String name) {
        if (name.endsWith(".json")) {
            return "application/json";
        }
        if (name.endsWith(".pdf")) {
            return "application/pdf";
        }
        return null;
    }

    static boolean isMediaType(String mediaType) {
        return mediaType != null && MEDIA_TYPE.matcher(mediaType).matches();
    }

    private static boolean isDeadlineKind(String text) {
        for (DeadlineKind kind : DeadlineKind.values()) {
            if (kind.name().equals(text)) {
                return true;
            }
        }
        return false;
    }

    private static boolean parsesDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean parsesInstant(String text) {
        try {
            Instant.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
