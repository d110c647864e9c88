package uk.ehcexchange.security.cms;

import java.io.IOException;
import java.io.OutputStream;
import java.security.cert.X509Certificate;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSAuthEnvelopedDataStreamGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.operator.OutputAEADEncryptor;

import uk.ehcexchange.security.CryptoProvider;

/** The outer layer: a streaming CMS AuthEnvelopedData (RFC 5083) with AES-256-GCM (RFC 5084) for one recipient. */
final class AuthEnvelopedSealer {

    static final int CHUNK_BYTES = 32 * 1024;

    private AuthEnvelopedSealer() {
    }

    /**
     * @param innerType the content type recorded for what will be written ({@code id-data} for a package)
     * @return a stream that encrypts what is written to it; closing it writes the tag and closes the structure,
     *         but leaves {@code sink} open
     */
    static OutputStream open(OutputStream sink, X509Certificate recipient, ASN1ObjectIdentifier innerType)
            throws IOException {
        try {
            // The JDK's AES-GCM uses the CPU's AES instructions and streams when encrypting (it is only when
            // decrypting that it holds the whole ciphertext, so the reader has its own GcmDecryptingInputStream).
            OutputAEADEncryptor encryptor = (OutputAEADEncryptor) new JceCMSContentEncryptorBuilder(
                    CMSAlgorithm.AES256_GCM).build();
            CMSAuthEnvelopedDataStreamGenerator generator = new CMSAuthEnvelopedDataStreamGenerator();
            generator.setBufferSize(CHUNK_BYTES);
            generator.addRecipientInfoGenerator(RecipientInfos.forCertificate(recipient));
            return generator.open(innerType, new NonClosingOutputStream(sink), encryptor);
        } catch (CMSException e) {
            throw new IOException("cannot start AuthEnvelopedData", e);
        }
    }
}
