package uk.ehcexchange.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The twelve sections every plan has, each labelled by its statutory letter. */
@JsonPropertyOrder({"A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"})
public record PlanSections(
        /* views, interests and aspirations of the child and parents, or of the young person */
        @JsonProperty("A") NarrativeSection a,
        /* special educational needs */
        @JsonProperty("B") NarrativeSection b,
        /* health needs related to the SEN */
        @JsonProperty("C") NarrativeSection c,
        /* social care needs related to the SEN or disability */
        @JsonProperty("D") NarrativeSection d,
        /* outcomes sought, incl. preparing for adulthood from Year 9 */
        @JsonProperty("E") OutcomesSection e,
        /* special educational provision */
        @JsonProperty("F") ProvisionSection f,
        /* health provision reasonably required */
        @JsonProperty("G") ProvisionSection g,
        /* social care provision under s2 Chronically Sick and Disabled Persons Act 1970 */
        @JsonProperty("H1") ProvisionSection h1,
        /* other social care provision reasonably required */
        @JsonProperty("H2") ProvisionSection h2,
        /* name and type of school or institution; the establishment is absent in a draft */
        @JsonProperty("I") PlacementSection i,
        /* personal budget, including direct payments */
        @JsonProperty("J") PersonalBudgetSection j,
        /* advice and information gathered during the assessment */
        @JsonProperty("K") AdviceSection k) {
}
