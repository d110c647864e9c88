package uk.ehcexchange.adapters.fhir;

/** The codes of CodeSystem {@link EhcFhir#CS_ADVICE_SECTION}: the sections of a health advice Composition. */
enum AdviceSectionCode {
    NEEDS("needs", "Needs"),
    OUTCOMES("outcomes", "Outcomes sought"),
    PROVISION("recommended-provision", "Recommended provision"),
    ATTACHMENTS("attachments", "Attached documents");

    final String code;
    final String display;

    AdviceSectionCode(String code, String display) {
        this.code = code;
        this.display = display;
    }

    static AdviceSectionCode of(String code) {
        for (AdviceSectionCode section : values()) {
            if (section.code.equals(code)) {
                return section;
            }
        }
        return null;
    }
}
