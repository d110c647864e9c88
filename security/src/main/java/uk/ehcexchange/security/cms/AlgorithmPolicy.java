package uk.ehcexchange.security.cms;

import java.util.Set;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.GCMParameters;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAESOAEPparams;
import org.bouncycastle.asn1.pkcs.RSASSAPSSparams;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

import uk.ehcexchange.security.PackageRejectedException;
import uk.ehcexchange.security.RejectionReason;

/**
 * The algorithm allow-list. Anything not listed is refused as {@code unsupported-algorithm}; in particular SHA-1 and
 * MD5, RSA PKCS#1 v1.5 key transport and signatures, the SHA-1 ECDH KDF, and every content cipher other than
 * AES-256-GCM with a 12-byte nonce and 16-byte tag (so AES-CBC EnvelopedData, 3DES and RC2 never reach decryption).
 */
final class AlgorithmPolicy {

    static final Set<ASN1ObjectIdentifier> DIGESTS = Set.of(
            NISTObjectIdentifiers.id_sha256, NISTObjectIdentifiers.id_sha384, NISTObjectIdentifiers.id_sha512);

    private static final Set<ASN1ObjectIdentifier> ECDSA_SIGNATURES = Set.of(
            X9ObjectIdentifiers.ecdsa_with_SHA256, X9ObjectIdentifiers.ecdsa_with_SHA384,
            X9ObjectIdentifiers.ecdsa_with_SHA512,
            // Some producers name the key type instead of the signature; the digest is then checked on its own.
            X9ObjectIdentifiers.id_ecPublicKey);

    private static final Set<ASN1ObjectIdentifier> ECDH_SCHEMES = Set.of(
            SECObjectIdentifiers.dhSinglePass_stdDH_sha256kdf_scheme,
            SECObjectIdentifiers.dhSinglePass_stdDH_sha384kdf_scheme,
            SECObjectIdentifiers.dhSinglePass_stdDH_sha512kdf_scheme);

    private static final int GCM_NONCE_BYTES = 12;
    private static final int GCM_TAG_BYTES = 16;

    private AlgorithmPolicy() {
    }

    static void checkContentEncryption(AlgorithmIdentifier alg) throws PackageRejectedException {
        if (!NISTObjectIdentifiers.id_aes256_GCM.equals(alg.getAlgorithm())) {
            throw unsupported("content encryption is not AES-256-GCM");
        }
        GCMParameters params;
        try {
            params = GCMParameters.getInstance(alg.getParameters());
        } catch (RuntimeException e) {
            throw unsupported("unreadable GCM parameters");
        }
        if (params == null || params.getNonce().length != GCM_NONCE_BYTES || params.getIcvLen() != GCM_TAG_BYTES) {
            throw unsupported("GCM nonce or tag length not 12/16 bytes");
        }
    }

    /** RSA key transport must be RSAES-OAEP with SHA-256 or stronger for both the hash and MGF1. */
    static void checkKeyTransport(AlgorithmIdentifier alg) throws PackageRejectedException {
        if (!PKCSObjectIdentifiers.id_RSAES_OAEP.equals(alg.getAlgorithm())) {
            throw unsupported("key transport is not RSA-OAEP");
        }
        RSAESOAEPparams params = RSAESOAEPparams.getInstance(alg.getParameters());
        if (params == null || !DIGESTS.contains(params.getHashAlgorithm().getAlgorithm())
                || !isMgf1WithAllowedDigest(params.getMaskGenAlgorithm())) {
            throw unsupported("RSA-OAEP hash or MGF below SHA-256");
        }
    }

    /** ECDH key agreement must be dhSinglePass-stdDH with a SHA-2 KDF, wrapping the key with AES-256 key wrap. */
    static void checkKeyAgreement(AlgorithmIdentifier alg) throws PackageRejectedException {
        if (!ECDH_SCHEMES.contains(alg.getAlgorithm())) {
            throw unsupported("key agreement is not ECDH with a SHA-2 KDF");
        }
        AlgorithmIdentifier wrap = AlgorithmIdentifier.getInstance(alg.getParameters());
        if (wrap == null || !NISTObjectIdentifiers.id_aes256_wrap.equals(wrap.getAlgorithm())) {
            throw unsupported("key wrap is not AES-256 key wrap");
        }
    }

    static void checkDigest(AlgorithmIdentifier alg) throws PackageRejectedException {
        if (!DIGESTS.contains(alg.getAlgorithm())) {
            throw unsupported("digest algorithm not allowed");
        }
    }

    /** ECDSA with SHA-2, or RSASSA-PSS with SHA-2 and MGF1-SHA-2. RSA PKCS#1 v1.5 signatures are not accepted. */
    static void checkSignature(AlgorithmIdentifier alg) throws PackageRejectedException {
        ASN1ObjectIdentifier oid = alg.getAlgorithm();
        if (ECDSA_SIGNATURES.contains(oid)) {
            return;
        }
        if (PKCSObjectIdentifiers.id_RSASSA_PSS.equals(oid)) {
            RSASSAPSSparams params = RSASSAPSSparams.getInstance(alg.getParameters());
            if (params != null && DIGESTS.contains(params.getHashAlgorithm().getAlgorithm())
                    && isMgf1WithAllowedDigest(params.getMaskGenAlgorithm())) {
                return;
            }
            throw unsupported("RSASSA-PSS hash or MGF below SHA-256");
        }
        throw unsupported("signature algorithm not allowed");
    }

    private static boolean isMgf1WithAllowedDigest(AlgorithmIdentifier mgf) {
        if (mgf == null || !PKCSObjectIdentifiers.id_mgf1.equals(mgf.getAlgorithm())) {
            return false;
        }
        ASN1Encodable hash = mgf.getParameters();
        return hash != null && DIGESTS.contains(AlgorithmIdentifier.getInstance(hash).getAlgorithm());
    }

    private static PackageRejectedException unsupported(String detail) {
        return new PackageRejectedException(RejectionReason.UNSUPPORTED_ALGORITHM, detail);
    }
}
