package uk.ehcexchange.transfer;

import java.util.regex.Pattern;

/**
 * The naming rules for container entries (transfer package format v1, "Entry names").
 *
 * <pre>
 * manifest.json                                       the manifest (always the last entry)
 * plan/ehc-plan.json                                  role plan, exactly one (plan package)
 * assessment/request.json                             role assessment-request, exactly one (assessment package)
 * advice/&lt;n&gt;-&lt;safe-name&gt;.json | .pdf                  role advice
 * social-care/&lt;n&gt;-&lt;safe-name&gt;.json                    role social-care-assessment
 * attachments/&lt;n&gt;-&lt;safe-name&gt;.&lt;ext&gt;                   role attachment
 *
 * &lt;n&gt;         1-4 digits 0-9
 * &lt;safe-name&gt; one or more runs of a-z 0-9, joined by single hyphens
 * &lt;ext&gt;       1-10 of a-z 0-9
 * </pre>
 *
 * <p>Whole name at most 200 characters. Lower-case ASCII only, so no two valid names collide on a case-insensitive
 * file system; no {@code ..}, no leading {@code /}, no backslash, no directory entries follow from the grammar.
 * Names appear in logs and rejection messages, so they must describe the document, never the child.
 */
public final class PartNames {

    public static final String MANIFEST = "manifest.json";
    public static final String PLAN = "plan/ehc-plan.json";
    public static final String ASSESSMENT_REQUEST = "assessment/request.json";
    public static final int MAX_LENGTH = 200;

    private static final String N_SAFE = "[0-9]{1,4}-[a-z0-9]+(?:-[a-z0-9]+)*";
    private static final Pattern ADVICE = Pattern.compile("advice/" + N_SAFE + "\\.(?:json|pdf)");
    private static final Pattern SOCIAL_CARE = Pattern.compile("social-care/" + N_SAFE + "\\.json");
    private static final Pattern ATTACHMENT = Pattern.compile("attachments/" + N_SAFE + "\\.[a-z0-9]{1,10}");
    private static final Pattern PRINTABLE = Pattern.compile("[^A-Za-z0-9._/-]");

    private PartNames() {
    }

    /** The role a valid part name implies, or {@code null} when the name breaks the rules. */
    public static PartRole roleOf(String name) {
        if (name == null || name.isEmpty() || name.length() > MAX_LENGTH) {
            return null;
        }
        if (name.equals(PLAN)) {
            return PartRole.PLAN;
        }
        if (name.equals(ASSESSMENT_REQUEST)) {
            return PartRole.ASSESSMENT_REQUEST;
        }
        if (ADVICE.matcher(name).matches()) {
            return PartRole.ADVICE;
        }
        if (SOCIAL_CARE.matcher(name).matches()) {
            return PartRole.SOCIAL_CARE_ASSESSMENT;
        }
        if (ATTACHMENT.matcher(name).matches()) {
            return PartRole.ATTACHMENT;
        }
        return null;
    }

    /** Whether {@code name} is a valid part name (not {@code manifest.json}, which is not a part). */
    public static boolean isValidPartName(String name) {
        return roleOf(name) != null;
    }

    /**
     * A form of an untrusted entry name that is safe to put in a log line or message: characters outside
     * {@code A-Za-z0-9._/-} become {@code ?} and it is cut at 100 characters.
     */
    public static String forMessage(String untrustedName) {
        if (untrustedName == null) {
            return "(none)";
        }
        String cut = untrustedName.length() > 100 ? untrustedName.substring(0, 100) + "..." : untrustedName;
        return PRINTABLE.matcher(cut).replaceAll("?");
    }
}
