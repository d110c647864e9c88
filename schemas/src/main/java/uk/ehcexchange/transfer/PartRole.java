package uk.ehcexchange.transfer;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a part of a transfer container is. Each role has its own folder in the container, so the role can be read
 * from a part's name and a manifest that says otherwise is rejected.
 */
public enum PartRole {
    /** The canonical EHC plan, always {@code plan/ehc-plan.json}; exactly one per container. */
    PLAN("plan", "plan/"),
    /** Advice gathered during the EHC needs assessment (section K): health, educational psychology, etc. */
    ADVICE("advice", "advice/"),
    /** A social care assessment or social care advice document. */
    SOCIAL_CARE_ASSESSMENT("social-care-assessment", "social-care/"),
    /** Any other document that travels with the plan, e.g. a PDF report. */
    ATTACHMENT("attachment", "attachments/"),
    /**
     * The assessment request of an assessment package, always {@code assessment/request.json}; exactly one in a
     * package of kind {@code assessment}, none in a plan package.
     */
    ASSESSMENT_REQUEST("assessment-request", "assessment/");

    private final String code;
    private final String folder;

    PartRole(String code, String folder) {
        this.code = code;
        this.folder = folder;
    }

    /** The value written in the manifest. */
    @JsonValue
    public String code() {
        return code;
    }

    /** The folder, with trailing slash, that every part of this role lives in. */
    public String folder() {
        return folder;
    }

    /** The role with this manifest value, or {@code null}. */
    public static PartRole fromCode(String code) {
        for (PartRole role : values()) {
            if (role.code.equals(code)) {
                return role;
            }
        }
        return null;
    }
}
