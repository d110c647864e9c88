package uk.ehcexchange.hub.door;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The doors' refusal formats, for a request known only by its raw path (one the firewall refused, or one no door
 * claims): asked in order, the first that answers for the path writes the refusal. The path chooses the format and
 * nothing else.
 */
@Component
public class RefusalFormats {

    private final List<RefusalWriter> writers;

    public RefusalFormats(List<RefusalWriter> writers) {
        this.writers = writers;
    }

    public RefusalWriter formatFor(HttpServletRequest request) {
        String path = request.getRequestURI() == null ? "" : request.getRequestURI();
        return writers.stream().filter(writer -> writer.answersFor(path)).findFirst().orElseThrow();
    }
}
