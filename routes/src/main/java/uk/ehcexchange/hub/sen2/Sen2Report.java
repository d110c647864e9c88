package uk.ehcexchange.hub.sen2;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import uk.ehcexchange.adapters.sen2.Sen2Finding;

/**
 * What an export did, for the council: the period read, how many children were reported and which were left out and
 * why. Identifiers and counts only: each finding names a child by the council's own case reference (or the hub's
 * case id), never by name.
 *
 * @param personsReported children written to the XML
 * @param personsLeftOut  children the hub could not report completely or correctly; they are NOT in the XML (a file
 *                        with them in it would fail the DfE's checks as a whole), each listed in {@code findings}
 * @param requests        request chains written (SEN2 Requests)
 * @param activePlans     plans active on the census day, written (SEN2 ActivePlans)
 * @param schemaValid     the XML as written passed the published SEN2 XSD
 * @param findings        every rule broken, by row, item and rule
 */
public record Sen2Report(String council, int year, LocalDate periodStart, LocalDate referenceDate,
                         int personsReported, int personsLeftOut, int requests, int activePlans,
                         boolean schemaValid, List<Sen2Finding> findings) {

    /** Complete: every child the hub holds for the period is in the XML and the XML is valid. */
    @JsonProperty("complete")
    public boolean complete() {
        return personsLeftOut == 0 && schemaValid;
    }
}
