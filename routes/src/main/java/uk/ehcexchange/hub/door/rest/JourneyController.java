package uk.ehcexchange.hub.door.rest;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.journey.ClockView;
import uk.ehcexchange.hub.journey.JourneyReader;
import uk.ehcexchange.hub.journey.JourneyView;

/** Reading journeys: one child's case, a council's due-and-overdue list, a partner's list of what waits on it. */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
class JourneyController {

    private final JourneyReader reader;

    JourneyController(JourneyReader reader) {
        this.reader = reader;
    }

    @GetMapping("/api/v1/councils/{council}/cases/{caseId}/journey")
    JourneyView journey(@PathVariable String council, @PathVariable String caseId, ClientIdentity client) {
        return reader.journey(client, council, caseId);
    }

    @GetMapping("/api/v1/councils/{council}/clocks")
    List<ClockView> councilClocks(@PathVariable String council, @RequestParam(required = false) Integer within,
                                  @RequestParam(required = false) String waitingOn,
                                  @RequestParam(required = false) String kind,
                                  @RequestParam(required = false) Integer limit, ClientIdentity client) {
        return reader.councilClocks(client, council, within, waitingOn, kind, limit);
    }

    @GetMapping("/api/v1/parties/{party}/clocks")
    List<ClockView> partyClocks(@PathVariable String party, @RequestParam(required = false) Integer within,
                                @RequestParam(required = false) Integer limit, ClientIdentity client) {
        return reader.partyClocks(client, party, within, limit);
    }
}
