package uk.ehcexchange.hub.door.fhir;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import uk.ehcexchange.fhirpackage.FhirNpmPackage;

/**
 * {@code GET /fhir/package.tgz}: the hub's profiles, extensions, code systems and value sets as the FHIR NPM package
 * {@value FhirNpmPackage#NAME} (built by Maven into ehc-schemas, see {@link FhirNpmPackage}), so that an ICB or trust
 * can load into its own validator exactly the definitions the hub validates against. Public, like the
 * CapabilityStatement and the OpenAPI document: definitions carry no personal data, and a partner needs them before
 * it has a key. FHIR implementation guides publish their package as {@code package.tgz} beside their pages; this is
 * the same place relative to the hub's FHIR base.
 *
 * <p>A servlet of its own, mapped to this exact path, because HAPI's server owns every other path under /fhir and
 * an exact mapping wins over its {@code /fhir/*}. A build without the package (ehc-schemas compiled by an IDE, not
 * built by Maven) answers 404 with an OperationOutcome and says why in the log once, rather than refusing to start.
 */
public class FhirPackageServlet extends HttpServlet {

    public static final String PATH = FhirServer.PATH + "/package.tgz";
    static final String MEDIA_TYPE = "application/gzip";

    private static final Logger log = LoggerFactory.getLogger(FhirPackageServlet.class);

    private final transient FhirRefusalWriter outcomes;
    private final transient byte[] tgz;
    private final String etag;

    FhirPackageServlet(FhirRefusalWriter outcomes) {
        this.outcomes = outcomes;
        this.tgz = load();
        this.etag = tgz == null ? null : "\"" + sha256(tgz) + "\"";
        if (tgz == null) {
            log.warn("The FHIR package {} is not on the classpath (ehc-schemas not built by Maven?): {} answers 404",
                    FhirNpmPackage.CLASSPATH_TGZ, PATH);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (tgz == null) {
            outcomes.refuse(request, response, FhirRejection.of(404, "fhir-package-built", IssueType.NOTFOUND,
                    "Request-URI", "this build of the hub carries no FHIR package"));
            return;
        }
        response.setHeader(HttpHeaders.ETAG, etag);
        if (etag.equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MEDIA_TYPE);
        response.setContentLength(tgz.length);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + FhirNpmPackage.NAME + ".tgz\"");
        response.getOutputStream().write(tgz);
    }

    private static byte[] load() {
        try (InputStream in = FhirPackageServlet.class.getClassLoader().getResourceAsStream(FhirNpmPackage.CLASSPATH_TGZ)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
