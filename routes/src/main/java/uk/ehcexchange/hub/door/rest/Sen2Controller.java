package uk.ehcexchange.hub.door.rest;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.journey.JourneyReader;
import uk.ehcexchange.hub.sen2.ExportHeader;
import uk.ehcexchange.hub.sen2.Sen2Export;
import uk.ehcexchange.hub.sen2.Sen2Report;

/**
 * A council's SEN2 return, for the council itself: the XML to load into COLLECT, and the report of what was left out
 * and why. Both make the export afresh from the hub's records (and are audited); the XML's headers carry the counts
 * so a caller that takes only the file still sees that children were left out.
 */
@RestController
class Sen2Controller {

    static final String PATH = "/api/v1/councils/{council}/sen2/{year}";
    static final String LEFT_OUT_HEADER = "X-SEN2-Persons-Left-Out";
    static final String REPORTED_HEADER = "X-SEN2-Persons-Reported";

    private final Sen2Export export;

    Sen2Controller(Sen2Export export) {
        this.export = export;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<Resource> xml(@PathVariable String council, @PathVariable String year,
                                 @RequestParam(required = false) String dmo,
                                 @RequestParam(required = false) String dco,
                                 @RequestParam(required = false) String dsco,
                                 @RequestParam(required = false) String serialNo,
                                 ClientIdentity client, HttpServletResponse response) {
        Sen2Export.Result result = run(client, council, year, new ExportHeader(dmo, dco, dsco, serialNo));
        response.setHeader(REPORTED_HEADER, Integer.toString(result.report().personsReported()));
        response.setHeader(LEFT_OUT_HEADER, Integer.toString(result.report().personsLeftOut()));
        return FileResponses.download(response, MediaType.APPLICATION_XML_VALUE,
                "sen2-" + council + "-" + result.report().year() + ".xml", new ByteArrayResource(result.xml()));
    }

    @GetMapping(path = PATH + "/report", produces = MediaType.APPLICATION_JSON_VALUE)
    Sen2Report report(@PathVariable String council, @PathVariable String year,
                      @RequestParam(required = false) String dmo,
                      @RequestParam(required = false) String dco,
                      @RequestParam(required = false) String dsco,
                      @RequestParam(required = false) String serialNo, ClientIdentity client) {
        return run(client, council, year, new ExportHeader(dmo, dco, dsco, serialNo)).report();
    }

    private Sen2Export.Result run(ClientIdentity client, String council, String year, ExportHeader header) {
        JourneyReader.requireActingFor(client, council, "council");
        return export.export(client.authorityCode(), council, year, header);
    }
}
