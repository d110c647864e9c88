package uk.ehcexchange.hub.door.rest;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcexchange.adapters.csv.CaseloadCsvWriter;
import uk.ehcexchange.adapters.csv.CaseloadLayout;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.inbox.InboxService;
import uk.ehcexchange.model.EhcPlan;

/**
 * A received plan as caseload CSV (schemas/caseload-csv-v1.md), for a council whose system reads CSV: the header its
 * entries need and one row, which the caseload CSV reader reads back to the same canonical plan. CSV carries the plan
 * only: the transfer around it (deadlines, the documents that travelled) is in the JSON form of the same item, and
 * advice, which has no CSV form, stays canonical JSON. A value the row cannot carry is named in
 * {@value #NOT_CARRIED_HEADER}, as council XML lists it in {@code NotCarried}.
 */
@RestController
class CsvInboxController {

    static final String CSV = "text/csv";
    static final String NOT_CARRIED_HEADER = "Ehc-Not-Carried";
    /** RFC 4180's parameters: the encoding the format prescribes, and row 1 is the header. */
    private static final MediaType CSV_WITH_HEADER = MediaType.parseMediaType("text/csv;charset=UTF-8;header=present");

    private final InboxService inbox;

    CsvInboxController(InboxService inbox) {
        this.inbox = inbox;
    }

    @GetMapping(path = "/api/v1/councils/{council}/inbox/{transferId}", produces = CSV)
    ResponseEntity<byte[]> transfer(@PathVariable String council, @PathVariable String transferId,
                                    ClientIdentity client) throws IOException {
        EhcPlan plan = InboxService.planOf(inbox.read(client, council, transferId));
        StringWriter csv = new StringWriter();
        List<String> notCarried;
        try (CaseloadCsvWriter writer = new CaseloadCsvWriter(csv, CaseloadLayout.fitting(List.of(plan)))) {
            notCarried = writer.write(plan);
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(HttpStatus.OK).contentType(CSV_WITH_HEADER);
        if (!notCarried.isEmpty()) {
            answer.header(NOT_CARRIED_HEADER, String.join(", ", notCarried));
        }
        return answer.body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }
}
