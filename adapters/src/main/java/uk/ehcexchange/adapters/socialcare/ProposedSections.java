package uk.ehcexchange.adapters.socialcare;

import java.util.List;
import uk.ehcexchange.model.NarrativeSection;
import uk.ehcexchange.model.ProvisionSection;

/**
 * The plan content a social care assessment gives the SEND team to work into the child's EHC plan.
 *
 * @param d       section D, social care needs; absent when the assessment names none
 * @param h1      section H1, provision under s2 Chronically Sick and Disabled Persons Act 1970
 * @param h2      section H2, any other social care provision
 * @param choices why each recommended provision went to H1 or H2, so the SEND officer can check it
 */
public record ProposedSections(NarrativeSection d, ProvisionSection h1, ProvisionSection h2,
                               List<SectionChoice> choices) {

    /**
     * @param section {@code H1} or {@code H2}
     * @param basis   the CSDPA 1970 s2(1) paragraph matched, or why none did
     */
    public record SectionChoice(String provisionId, String section, String basis) {
    }
}
