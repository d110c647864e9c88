package uk.ehcexchange.hub.door.rest;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Publishes the hand-written OpenAPI document from schemas/, the contract council systems integrate against. */
@RestController
class OpenApiController {

    static final String DOCUMENT = "uk/ehcexchange/schemas/openapi/ehc-hub-api-v1.yaml";

    @GetMapping("/api/v1/openapi.yaml")
    ResponseEntity<Resource> openApi() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/yaml"))
                .body(new ClassPathResource(DOCUMENT));
    }
}
