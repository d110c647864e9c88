package uk.ehcexchange.security.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static uk.ehcexchange.security.TestPki.RECEIVER;
import static uk.ehcexchange.security.TestPki.SENDER;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSAuthEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.SimpleAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.operator.OutputAEADEncryptor;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.ehcexchange.security.CryptoProvider;
import uk.ehcexchange.security.PackageRejectedException;
import uk.ehcexchange.security.RejectionReason;
import uk.ehcexchange.security.TestPki;
import uk.ehcexchange.security.pki.IssuedCredential;
import uk.ehcexchange.security.pki.KeyAlgorithm;

/**
 * Packages encrypted by an independent GCM implementation (Bouncy Castle's, through its non-streaming
 * AuthEnvelopedData generator) open with the reader's JDK-based streaming decryption, including the RFC 5083 form
 * that a producer nesting id-signedData must use: authenticated attributes, which are GCM additional data that the
 * reader only sees after the ciphertext.
 */
class ForeignAuthEnvelopedDataTest {

    private static final TestPki PKI = new TestPki();
    private static final IssuedCredential SENDER_CRED = PKI.issue(SENDER, KeyAlgorithm.EC_P256);
    private static final byte[] MARKER = "AUTH-ATTR-MARKER".getBytes(StandardCharsets.US_ASCII);
    private static final ASN1ObjectIdentifier TEST_ATTRIBUTE = new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1");

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {0, 1, 17, (1 << 20) + 7})
    void opensAPackageBouncyCastleEncrypted(int size) throws Exception {
        IssuedCredential receiver = PKI.issue(RECEIVER, KeyAlgorithm.EC_P256);
        byte[] content = content(size);

        byte[] sealed = encrypt(signedData(content), receiver, false);

        assertThat(open(sealed, receiver).content()).isEqualTo(content);
    }

    @Test
    void opensSignedDataContentWithAuthenticatedAttributes() throws Exception {
        IssuedCredential receiver = PKI.issue(RECEIVER, KeyAlgorithm.RSA_3072);
        byte[] content = content(70_001);

        byte[] sealed = encrypt(signedData(content), receiver, true);

        assertThat(indexOf(sealed, MARKER)).as("authAttrs present").isPositive();
        assertThat(open(sealed, receiver).content()).isEqualTo(content);
    }

    @Test
    void rejectsAlteredAuthenticatedAttributes() throws Exception {
        IssuedCredential receiver = PKI.issue(RECEIVER, KeyAlgorithm.EC_P256);
        byte[] sealed = encrypt(signedData(content(5000)), receiver, true);
        sealed[indexOf(sealed, MARKER)] ^= 0x01;

        PackageRejectedException e = catchThrowableOfType(() -> open(sealed, receiver),
                PackageRejectedException.class);

        assertThat(e).isNotNull();
        assertThat(e.reason()).as(e.getMessage()).isEqualTo(RejectionReason.TAMPERED_CIPHERTEXT);
    }

    private static Packages.Opened open(byte[] sealed, IssuedCredential receiver) throws Exception {
        return Packages.open(sealed, PKI.trustStore(), receiver.decryptionIdentity(), SENDER);
    }

    private static byte[] content(int size) {
        byte[] content = new byte[size];
        new Random(size).nextBytes(content);
        return content;
    }

    private static byte[] signedData(byte[] content) throws Exception {
        return Packages.signedData(content, SENDER_CRED.signingIdentity());
    }

    private static byte[] encrypt(byte[] signed, IssuedCredential receiver, boolean withAuthAttrs) throws Exception {
        CMSAuthEnvelopedDataGenerator generator = new CMSAuthEnvelopedDataGenerator();
        generator.addRecipientInfoGenerator(RecipientInfos.forCertificate(receiver.certificate()));
        ASN1ObjectIdentifier type = CMSObjectIdentifiers.data;
        if (withAuthAttrs) {
            type = CMSObjectIdentifiers.signedData;
            AttributeTable attributes = new AttributeTable(new Attribute(TEST_ATTRIBUTE,
                    new DERSet(new DEROctetString(MARKER))))
                    .add(CMSAttributes.contentType, type);
            generator.setAuthenticatedAttributeGenerator(new SimpleAttributeTableGenerator(attributes));
        }
        OutputAEADEncryptor bouncyCastleGcm = (OutputAEADEncryptor) new JceCMSContentEncryptorBuilder(
                CMSAlgorithm.AES256_GCM).setProvider(CryptoProvider.bouncyCastle()).build();
        return generator.generate(new CMSProcessableByteArray(type, signed), bouncyCastleGcm).getEncoded();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        String hex = Hex.toHexString(haystack);
        String wanted = Hex.toHexString(needle);
        for (int at = hex.indexOf(wanted); at >= 0; at = hex.indexOf(wanted, at + 1)) {
            if (at % 2 == 0) {
                return at / 2;
            }
        }
        return -1;
    }
}
