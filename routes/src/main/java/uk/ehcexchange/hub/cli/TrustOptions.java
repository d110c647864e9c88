package uk.ehcexchange.hub.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;
import uk.ehcexchange.security.trust.TrustStore;

/**
 * Trust anchors and CRLs per authority, as the hub configures them: an anchor vouches only for the authority it is
 * given for. Revocation checking follows the hub's rule (a current CRL for every issuer, else reject) whenever any
 * CRL is given; with none it is off, and the operator is told.
 */
final class TrustOptions {

    @Option(names = "--trust", required = true, paramLabel = "CODE=ANCHOR.pem", converter = AuthorityFile.Converter.class,
            description = "Trust the CA certificate(s) in ANCHOR.pem for authority CODE (repeatable).")
    List<AuthorityFile> anchors = new ArrayList<>();

    @Option(names = "--crl", paramLabel = "CODE=FILE.crl", converter = AuthorityFile.Converter.class,
            description = "A CRL for authority CODE (repeatable). Any --crl turns revocation checking on.")
    List<AuthorityFile> crls = new ArrayList<>();

    boolean revocationChecking() {
        return !crls.isEmpty();
    }

    TrustStore load(PrintWriter notes) throws CliException, IOException {
        TrustStore.Builder builder = TrustStore.builder().revocationChecking(revocationChecking());
        for (AuthorityFile anchor : anchors) {
            for (X509Certificate certificate : CertificateFiles.certificates(anchor.file())) {
                builder.anchor(anchor.authority(), certificate);
            }
        }
        for (AuthorityFile crl : crls) {
            for (X509CRL list : CertificateFiles.crls(crl.file())) {
                builder.crl(crl.authority(), list);
            }
        }
        if (!revocationChecking()) {
            notes.println("note: revocation checking is OFF (no --crl given): a revoked signer would be accepted.");
        }
        return builder.build();
    }

    /** The authorities that have anchors, in the order given, without repeats. */
    List<String> authorities() {
        return anchors.stream().map(AuthorityFile::authority).distinct().toList();
    }
}
