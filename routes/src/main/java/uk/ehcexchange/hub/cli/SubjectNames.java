package uk.ehcexchange.hub.cli;

import java.security.cert.X509Certificate;
import java.util.Map;

import javax.security.auth.x500.X500Principal;

/**
 * Subject DNs as operators read them. The JDK prints organizationIdentifier (2.5.4.97), which carries the
 * authority, as an OID with a hex value; naming it makes {@code EHC-LA-919} readable.
 */
final class SubjectNames {

    private static final Map<String, String> KEYWORDS = Map.of("2.5.4.97", "organizationIdentifier");

    private SubjectNames() {
    }

    static String of(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().getName(X500Principal.RFC2253, KEYWORDS);
    }
}
