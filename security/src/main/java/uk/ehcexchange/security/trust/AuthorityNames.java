package uk.ehcexchange.security.trust;

import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.regex.Pattern;

import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * The certificate naming convention that ties a certificate to an authority.
 * <p>
 * The subject DN carries exactly one {@code organizationIdentifier} (OID 2.5.4.97) attribute:
 * {@code EHC-LA-<3-digit DfE LA code>} for a council, {@code EHC-ODS-<ODS code>} for an NHS body. The hub's own
 * authority codes are the bare LA code ({@code 201}) or ODS code ({@code RJ1}); a code of exactly three digits is an
 * LA code, anything else of 3-10 upper-case letters and digits is an ODS code. The value is used rather than the CN
 * because CNs are free text that CAs fill in inconsistently.
 */
public final class AuthorityNames {

    private static final Pattern LA_CODE = Pattern.compile("[0-9]{3}");
    private static final Pattern ODS_CODE = Pattern.compile("[A-Z0-9]{3,10}");
    private static final String LA_PREFIX = "EHC-LA-";
    private static final String ODS_PREFIX = "EHC-ODS-";

    private AuthorityNames() {
    }

    /** The organizationIdentifier value a certificate for this authority must carry. */
    public static String organizationIdentifierFor(String authorityCode) {
        if (authorityCode != null && LA_CODE.matcher(authorityCode).matches()) {
            return LA_PREFIX + authorityCode;
        }
        if (authorityCode != null && ODS_CODE.matcher(authorityCode).matches()) {
            return ODS_PREFIX + authorityCode;
        }
        throw new IllegalArgumentException("not an LA or ODS authority code");
    }

    /** The authority code a certificate names, or empty when it names none (or more than one) by the convention. */
    public static Optional<String> authorityOf(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        RDN[] rdns = subject.getRDNs(BCStyle.ORGANIZATION_IDENTIFIER);
        if (rdns.length != 1 || rdns[0].isMultiValued()
                || !(rdns[0].getFirst().getValue() instanceof ASN1String value)) {
            return Optional.empty();
        }
        return authorityOfOrganizationIdentifier(value.getString());
    }

    static Optional<String> authorityOfOrganizationIdentifier(String value) {
        if (value.startsWith(LA_PREFIX)) {
            String code = value.substring(LA_PREFIX.length());
            return LA_CODE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
        }
        if (value.startsWith(ODS_PREFIX)) {
            String code = value.substring(ODS_PREFIX.length());
            return ODS_CODE.matcher(code).matches() && !LA_CODE.matcher(code).matches()
                    ? Optional.of(code) : Optional.empty();
        }
        return Optional.empty();
    }
}
