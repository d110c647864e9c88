package uk.ehcexchange.hub.door.rest;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.document.ContentStore;
import uk.ehcexchange.hub.document.PlanDocumentRepository;
import uk.ehcexchange.hub.document.PlanDocumentService;

/**
 * Section K documents of a plan, addressed by their reference (which may contain slashes), streamed in and out.
 */
@RestController
class PlanDocumentController {

    static final String PATH = "/api/v1/plans/{planId}/documents/{*reference}";

    private final PlanDocumentService documents;
    private final ContentStore content;

    PlanDocumentController(PlanDocumentService documents, ContentStore content) {
        this.documents = documents;
        this.content = content;
    }

    @PutMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    PlanDocumentRepository.PlanDocument upload(@PathVariable String planId, @PathVariable String reference,
                                               @RequestHeader(HttpHeaders.CONTENT_TYPE) String mediaType,
                                               InputStream body, ClientIdentity client) throws IOException {
        return documents.upload(client, planId, withoutLeadingSlash(reference), mediaType, body);
    }

    @GetMapping(PATH)
    ResponseEntity<Resource> download(@PathVariable String planId, @PathVariable String reference,
                                      ClientIdentity client, HttpServletResponse response) throws IOException {
        PlanDocumentRepository.PlanDocument document = documents.find(client, planId, withoutLeadingSlash(reference));
        return FileResponses.download(response, document.mediaType(), document.reference(),
                new FileSystemResource(content.path(document.sha256())));
    }

    static String withoutLeadingSlash(String captured) {
        return captured.startsWith("/") ? captured.substring(1) : captured;
    }
}
