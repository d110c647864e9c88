package uk.ehcexchange.hub.directory;

import java.util.Collection;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcexchange.model.Authority;

/** Lets a council system look up the codes of the parties it can exchange with. */
@RestController
class DirectoryController {

    private final AuthorityDirectory directory;

    DirectoryController(AuthorityDirectory directory) {
        this.directory = directory;
    }

    @GetMapping(path = "/api/v1/authorities", produces = MediaType.APPLICATION_JSON_VALUE)
    Collection<Authority> all() {
        return directory.all();
    }
}
