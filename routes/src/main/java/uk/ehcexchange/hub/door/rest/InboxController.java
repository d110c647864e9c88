package uk.ehcexchange.hub.door.rest;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.document.ContentStore;
import uk.ehcexchange.hub.inbox.InboxItem;
import uk.ehcexchange.hub.inbox.InboxService;
import uk.ehcexchange.transfer.ManifestPart;

@RestController
@RequestMapping(path = "/api/v1/councils/{council}/inbox", produces = MediaType.APPLICATION_JSON_VALUE)
class InboxController {

    private final InboxService inbox;
    private final ContentStore content;

    InboxController(InboxService inbox, ContentStore content) {
        this.inbox = inbox;
        this.content = content;
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

    @GetMapping("/{transferId}/documents/{*part}")
    ResponseEntity<Resource> document(@PathVariable String council, @PathVariable String transferId,
                                      @PathVariable String part, ClientIdentity client,
                                      HttpServletResponse response) {
        ManifestPart document = inbox.document(client, council, transferId,
                part.startsWith("/") ? part.substring(1) : part);
        return FileResponses.download(response, document.mediaType(), document.name(),
                new FileSystemResource(content.path(document.sha256())));
    }

    /** Acknowledging is idempotent by nature: the transfer id is the key, and a repeat keeps the first time. */
    @PostMapping("/{transferId}/acknowledgement")
    InboxItem acknowledge(@PathVariable String council, @PathVariable String transferId,
                          ClientIdentity client) throws IOException {
        return inbox.acknowledge(client, council, transferId);
    }
}
