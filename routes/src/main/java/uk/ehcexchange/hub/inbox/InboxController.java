package uk.ehcexchange.hub.inbox;

import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcexchange.hub.auth.ClientIdentity;

@RestController
@RequestMapping(path = "/api/v1/councils/{council}/inbox", produces = MediaType.APPLICATION_JSON_VALUE)
class InboxController {

    private final InboxService inbox;

    InboxController(InboxService inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    List<InboxItem> list(@PathVariable String council,
                         ClientIdentity client) {
        return inbox.list(client, council);
    }

    @GetMapping("/{transferId}")
    InboxItem read(@PathVariable String council, @PathVariable String transferId,
                   ClientIdentity client) throws IOException {
        return inbox.read(client, council, transferId);
    }

    /** Acknowledging is idempotent by nature: the transfer id is the key, and a repeat keeps the first time. */
    @PostMapping("/{transferId}/acknowledgement")
    InboxItem acknowledge(@PathVariable String council, @PathVariable String transferId,
                          ClientIdentity client) throws IOException {
        return inbox.acknowledge(client, council, transferId);
    }
}
