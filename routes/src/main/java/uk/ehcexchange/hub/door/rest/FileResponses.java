package uk.ehcexchange.hub.door.rest;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How the hub hands out a stored document (a plan's section K document, a document that travelled with a
 * transfer, an attachment of advice). Documents come from other parties and may be anything their type claims, so
 * a browser must neither guess another type ({@code nosniff}) nor render them in the hub's origin (download only,
 * {@code Content-Disposition: attachment}); they are about a child, so nothing may keep a copy ({@code no-store}).
 * The first and last are set on the servlet response itself, replacing what a filter in front may have set, so
 * each header is sent once.
 */
public final class FileResponses {

    static final String NOSNIFF_HEADER = "X-Content-Type-Options";
    private static final int MAX_NAME = 100;
    /** RFC 5987 attr-char: what may appear unencoded in {@code filename*}. */
    private static final String ATTR_CHAR = "!#$&+-.^_`|~";

    private FileResponses() {
    }

    /**
     * @param name the document's name as the hub knows it (a section K reference or part name, which may contain
     *             slashes): only its last segment is offered as the file name
     */
    public static ResponseEntity<Resource> download(HttpServletResponse response, String mediaType, String name,
                                                    Resource body) {
        response.setHeader(NOSNIFF_HEADER, "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(name)).body(body);
    }

    /**
     * {@code attachment; filename="…"}, with an ASCII name safe in a quoted string, and (RFC 6266) the real name as
     * {@code filename*} in UTF-8 when it is not plain ASCII.
     */
    static String contentDisposition(String name) {
        String base = baseName(name);
        StringBuilder ascii = new StringBuilder();
        base.codePoints().forEach(c -> ascii.append(
                c < 128 && (Character.isLetterOrDigit(c) || "._-() ".indexOf(c) >= 0) ? (char) c : '_'));
        String fallback = ascii.toString();
        String header = "attachment; filename=\"" + fallback + "\"";
        return fallback.equals(base) ? header : header + "; filename*=UTF-8''" + percentEncoded(base);
    }

    private static String baseName(String name) {
        String base = name == null ? "" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        base = base.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (base.isEmpty()) {
            return "document";
        }
        return base.codePointCount(0, base.length()) > MAX_NAME
                ? base.substring(0, base.offsetByCodePoints(0, MAX_NAME)) : base;
    }

    private static String percentEncoded(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 128 && (Character.isLetterOrDigit(c) || ATTR_CHAR.indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return encoded.toString();
    }
}
