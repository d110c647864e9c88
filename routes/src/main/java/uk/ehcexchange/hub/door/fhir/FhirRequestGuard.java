package uk.ehcexchange.hub.door.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.core.PayloadTooLargeException;
import uk.ehcexchange.hub.fhir.FhirEnabled;
import uk.ehcexchange.hub.fhir.FhirProperties;

/**
 * What every /fhir request must pass before the FHIR parser sees its body: a declared size within the limit, a
 * well-formed correlation id (echoed back, as NHS England's BaRS asks), and no DTD in XML. FHIR forbids DTDs in
 * XML resources, and refusing them outright removes external-entity (XXE) and entity-expansion ("billion laughs")
 * attacks whatever the XML parser's own settings.
 */
@FhirEnabled
@Component
@Interceptor
public class FhirRequestGuard {

    public static final String CORRELATION_ID = "X-Correlation-Id";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Pattern DTD = Pattern.compile("<!\\s*(DOCTYPE|ENTITY)", Pattern.CASE_INSENSITIVE);

    private final long limit;
    private final FhirRefusalWriter outcomes;

    public FhirRequestGuard(FhirProperties properties, FhirRefusalWriter outcomes) {
        this.limit = properties.maxRequestSize().toBytes();
        this.outcomes = outcomes;
    }

    /** Answers a refusal itself and stops HAPI's processing (false), rather than throwing out of the hook. */
    @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_PROCESSED)
    public boolean beforeAnything(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            checkHeaders(request, response);
            return true;
        } catch (FhirRejection rejection) {
            outcomes.refuse(request, response, rejection);
            return false;
        }
    }

    /**
     * Only ever reached by an authenticated caller (the FHIR door's security chain), so anonymous bodies are never
     * read.
     */
    @Hook(value = Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED, order = 100)
    public boolean beforeParsing(RequestDetails details, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        try {
            checkBody(details, request);
            return true;
        } catch (FhirRejection rejection) {
            outcomes.refuse(request, response, rejection);
            return false;
        }
    }

    private void checkHeaders(HttpServletRequest request, HttpServletResponse response) {
        String correlationId = request.getHeader(CORRELATION_ID);
        if (correlationId != null) {
            if (!SAFE_ID.matcher(correlationId).matches()) {
                throw FhirRejection.of(400, "correlation-id-format", IssueType.VALUE, CORRELATION_ID,
                        CORRELATION_ID + " must be 1-128 characters of A-Z a-z 0-9 . _ : -");
            }
            response.setHeader(CORRELATION_ID, correlationId);
        }
        if (request.getContentLengthLong() > limit) {
            throw tooLarge(limit);
        }
    }

    private void checkBody(RequestDetails details, HttpServletRequest request) {
        String method = request.getMethod();
        if (!method.equals("POST") && !method.equals("PUT") && !method.equals("PATCH")) {
            return;
        }
        byte[] body = read(request);
        details.setRequestContents(body);   // read once here, within the limit; HAPI parses these very bytes
        if (looksLikeXml(request, body) && DTD.matcher(new String(body, charset(request))).find()) {
            throw FhirRejection.of(400, "xml-dtd-forbidden", IssueType.SECURITY, details.getResourceName() == null
                            ? "Bundle" : details.getResourceName(),
                    "XML with a DOCTYPE or ENTITY declaration is refused: FHIR XML must not contain a DTD");
        }
    }

    /**
     * Reads the body as sent. Compressed bodies are refused: decompressing would sidestep the size limit (a small
     * gzip can inflate to gigabytes), and no NHS system needs them.
     */
    private byte[] read(HttpServletRequest request) {
        String encoding = request.getHeader("Content-Encoding");
        if (encoding != null && !encoding.isBlank() && !encoding.equalsIgnoreCase("identity")) {
            throw FhirRejection.of(415, "content-encoding", IssueType.NOTSUPPORTED, "Content-Encoding",
                    "send the body uncompressed; Content-Encoding " + encoding + " is not accepted");
        }
        try (InputStream in = request.getInputStream()) {
            return in.readAllBytes();
        } catch (PayloadTooLargeException e) {
            throw tooLarge(limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FhirRejection tooLarge(long limit) {
        return FhirRejection.of(413, "payload-too-large", IssueType.TOOLONG, "Bundle",
                "the body is larger than the " + limit + " bytes the hub accepts on /fhir");
    }

    private static boolean looksLikeXml(HttpServletRequest request, byte[] body) {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (type.contains("xml")) {
            return true;
        }
        for (byte b : body) {
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF
                    && b != 0 && b != (byte) 0xFE && b != (byte) 0xFF) {
                return b == '<';
            }
        }
        return false;
    }

    private static Charset charset(HttpServletRequest request) {
        try {
            MediaType type = MediaType.parseMediaType(request.getContentType());
            return type.getCharset() == null ? StandardCharsets.UTF_8 : type.getCharset();
        } catch (RuntimeException unreadableOrAbsent) {
            return StandardCharsets.UTF_8;
        }
    }
}
