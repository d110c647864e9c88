package uk.ehcexchange.adapters.sen2;

import java.time.LocalDate;
import java.util.List;

/**
 * Module 1, one child or young person, with their requests (module 2 and below).
 *
 * @param row the council's own reference for the child (its case reference, or the hub's case or plan id when it
 *            gave none): how every finding names the child. Never written to the XML and never personal data.
 */
public record Sen2Person(String row, String surname, String forename, LocalDate birthDate, String sex,
                         String ethnicity, String postcode, String upn, String uln, String upnUnknown,
                         List<Sen2Request> requests) {

    public Sen2Person {
        requests = requests == null ? List.of() : List.copyOf(requests);
    }

    /** Deliberately omits personal data so a stray log line cannot leak it. */
    @Override
    public String toString() {
        return "Sen2Person[row=" + row + ", requests=" + requests.size() + "]";
    }
}
