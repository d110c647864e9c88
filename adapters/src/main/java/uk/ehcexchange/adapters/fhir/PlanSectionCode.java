package uk.ehcexchange.adapters.fhir;

/**
 * The codes of CodeSystem {@link EhcFhir#CS_PLAN_SECTION}: the statutory letters of an EHC plan's sections, in
 * the order the Composition lists them.
 */
enum PlanSectionCode {
    A("A", "Views, interests and aspirations of the child and parents, or of the young person"),
    B("B", "Special educational needs"),
    C("C", "Health needs related to the special educational needs"),
    D("D", "Social care needs related to the special educational needs or disability"),
    E("E", "Outcomes sought"),
    F("F", "Special educational provision"),
    G("G", "Health provision"),
    H1("H1", "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970"),
    H2("H2", "Other social care provision"),
    I("I", "Placement: name and type of school or other institution"),
    J("J", "Personal budget"),
    K("K", "Advice and information");

    final String code;
    final String display;

    PlanSectionCode(String code, String display) {
        this.code = code;
        this.display = display;
    }

    String title() {
        return "Section " + code + ": " + display;
    }

    static PlanSectionCode of(String code) {
        for (PlanSectionCode section : values()) {
            if (section.code.equals(code)) {
                return section;
            }
        }
        return null;
    }
}
