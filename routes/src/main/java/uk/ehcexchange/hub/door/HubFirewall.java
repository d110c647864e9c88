package uk.ehcexchange.hub.door;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's {@link StrictHttpFirewall} (which refuses path parameters such as {@code ;x}, encoded slashes,
 * backslashes, periods and percent signs, {@code .} and {@code ..} segments, double slashes and control characters),
 * made one step stricter: a path may not percent-encode a character that needs no encoding (a letter, a digit,
 * {@code - . _ ~}). RFC 3986 calls such spellings equivalent to the plain one; no client needs them, and refusing
 * them leaves each resource one spelling, so what the security rules see is what the handlers serve. Characters
 * that must be encoded (a space in a document's file name) still pass.
 */
public class HubFirewall extends StrictHttpFirewall {

    private static final Pattern ENCODED_UNRESERVED =
            Pattern.compile("%(?:[46][1-9A-Fa-f]|[57][0-9Aa]|3[0-9]|2[Dd]|2[Ee]|5[Ff]|7[Ee])");

    @Override
    public FirewalledRequest getFirewalledRequest(HttpServletRequest request) throws RequestRejectedException {
        if (ENCODED_UNRESERVED.matcher(request.getRequestURI()).find()) {
            throw new RequestRejectedException("The request was rejected because the URL percent-encodes a character "
                    + "that needs no encoding");
        }
        return super.getFirewalledRequest(request);
    }
}
