package uk.ehcexchange.hub.door.rest;

import jakarta.servlet.http.HttpServletResponse;
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
import uk.ehcexchange.hub.advice.AdviceResponse;
import uk.ehcexchange.hub.advice.AdviceService;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.document.ContentStore;
import uk.ehcexchange.model.Attachment;

/** The advice a council has received, beside the transfers in its inbox. A council sees only its own. */
@RestController
@RequestMapping(path = "/api/v1/councils/{council}/inbox/advice", produces = MediaType.APPLICATION_JSON_VALUE)
class AdviceInboxController {

    private final AdviceService advice;
    private final ContentStore content;

    AdviceInboxController(AdviceService advice, ContentStore content) {
        this.advice = advice;
        this.content = content;
    }

    @GetMapping
    List<AdviceResponse> list(@PathVariable String council, ClientIdentity client) {
        return advice.inbox(client, council);
    }

    @GetMapping("/{responseId}")
    AdviceResponse read(@PathVariable String council, @PathVariable String responseId, ClientIdentity client) {
        return advice.read(client, council, responseId);
    }

    @GetMapping("/{responseId}/attachments/{sha256}")
    ResponseEntity<Resource> attachment(@PathVariable String council, @PathVariable String responseId,
                                        @PathVariable String sha256, ClientIdentity client,
                                        HttpServletResponse response) {
        Attachment attachment = advice.attachment(client, council, responseId, sha256);
        return FileResponses.download(response, attachment.mediaType(), attachment.documentReference(),
                new FileSystemResource(content.path(attachment.sha256())));
    }

    @PostMapping("/{responseId}/acknowledgement")
    AdviceResponse acknowledge(@PathVariable String council, @PathVariable String responseId,
                               ClientIdentity client) {
        return advice.acknowledge(client, council, responseId);
    }
}
