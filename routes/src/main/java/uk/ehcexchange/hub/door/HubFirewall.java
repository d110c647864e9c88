package uk.ehcexchange.hub.door;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's {@link StrictHttpFirewall} (which refuses path parameters such as {@code ;x}, encoded slashes,
 * backslashes, periods and percent signs, {@code .} and {@code ..} segments, double slashes and control characters),
 * made stricter, so that each resource has one spelling and what the security rules see is what the handlers
 * serve: a path may not percent-encode a character that needs no encoding (a letter, a digit, {@code - . _ ~} —
 * RFC 3986 calls such spellings equivalent to the plain one, and no client needs them), end in {@code /} (CXF and
 * HAPI serve {@code /soap/v1/hub/} and {@code /fhir/Task/1/} as if it were not there), or have a segment ending in
 * {@code .} (a spelling some file systems and servers drop). Characters that must be encoded (a space in a
 * document's file name) still pass.
 */
public class HubFirewall extends StrictHttpFirewall {

    private static final Pattern ENCODED_UNRESERVED =
            Pattern.compile("%(?:[46][1-9A-Fa-f]|[57][0-9Aa]|3[0-9]|2[Dd]|2[Ee]|5[Ff]|7[Ee])");
    /** A trailing slash, or a segment that ends in a dot (the path is checked before {@code ?query}). */
    private static final Pattern SECOND_SPELLING = Pattern.compile(".+/$|\\.(?:/|$)");

    @Override
    public FirewalledRequest getFirewalledRequest(HttpServletRequest request) throws RequestRejectedException {
        String path = request.getRequestURI();
        if (ENCODED_UNRESERVED.matcher(path).find()) {
            throw new RequestRejectedException("The request was rejected because the URL percent-encodes a character "
                    + "that needs no encoding");
        }
        if (SECOND_SPELLING.matcher(path).find()) {
            throw new RequestRejectedException("The request was rejected because the URL ends in '/' or has a segment "
                    + "ending in '.'");
        }
        return super.getFirewalledRequest(request);
    }
}
