package uk.ehcexchange.security.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static uk.ehcexchange.security.TestPki.RECEIVER;
import static uk.ehcexchange.security.TestPki.SENDER;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.UnaryOperator;

import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.AuthEnvelopedData;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.KeyTransRecipientInfo;
import org.bouncycastle.asn1.cms.RecipientInfo;
import org.junit.jupiter.api.Test;

import uk.ehcexchange.security.PackageRejectedException;
import uk.ehcexchange.security.RejectionReason;
import uk.ehcexchange.security.TestPki;
import uk.ehcexchange.security.pki.IssuedCredential;
import uk.ehcexchange.security.pki.KeyAlgorithm;

/**
 * A damaged RSA-OAEP encryptedKey in an otherwise intact package is {@code tampered-ciphertext} ("content-encryption
 * key could not be recovered") whatever the damage: a bad OAEP padding, and equally a ciphertext too long for the
 * modulus, or one that decrypts to a key of the wrong length, on which Bouncy Castle throws unchecked exceptions
 * rather than a CMSException (found by Project Wycheproof's rsa_oaep_3072 vectors, tcIds 27, 28, 30, 31).
 */
class KeyTransportCiphertextTest {

    private static final TestPki PKI = new TestPki();
    private static final IssuedCredential SENDER_CRED = PKI.issue(SENDER, KeyAlgorithm.EC_P256);
    private static final IssuedCredential RECEIVER_CRED = PKI.issue(RECEIVER, KeyAlgorithm.RSA_3072);
    private static final byte[] CONTENT = "{\"planId\":\"P-9\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void badOaepPaddingIsTamperedCiphertext() throws Exception {
        byte[] sealed = withEncryptedKey(key -> {
            byte[] damaged = key.clone();
            damaged[damaged.length / 2] ^= 0x01;
            return damaged;
        });

        assertRejected(RejectionReason.TAMPERED_CIPHERTEXT, sealed);
    }

    @Test
    void encryptedKeyLongerThanTheModulusIsTamperedCiphertext() throws Exception {
        byte[] sealed = withEncryptedKey(key -> Arrays.copyOf(key, key.length + 2));

        assertRejected(RejectionReason.TAMPERED_CIPHERTEXT, sealed);
    }

    @Test
    void encryptedKeyWithBytesPrependedIsTamperedCiphertext() throws Exception {
        byte[] sealed = withEncryptedKey(key -> {
            byte[] longer = new byte[key.length + 2];
            System.arraycopy(key, 0, longer, 2, key.length);
            return longer;
        });

        assertRejected(RejectionReason.TAMPERED_CIPHERTEXT, sealed);
    }

    private static byte[] withEncryptedKey(UnaryOperator<byte[]> change) throws Exception {
        byte[] sealed = Packages.seal(CONTENT, SENDER_CRED.signingIdentity(), RECEIVER_CRED);
        ContentInfo outer;
        try (ASN1InputStream in = new ASN1InputStream(sealed)) {
            outer = ContentInfo.getInstance(in.readObject());
        }
        AuthEnvelopedData envelope = AuthEnvelopedData.getInstance(outer.getContent());
        KeyTransRecipientInfo info = KeyTransRecipientInfo.getInstance(
                RecipientInfo.getInstance(envelope.getRecipientInfos().getObjectAt(0)).getInfo());
        byte[] encryptedKey = change.apply(info.getEncryptedKey().getOctets());
        RecipientInfo changed = new RecipientInfo(new KeyTransRecipientInfo(info.getRecipientIdentifier(),
                info.getKeyEncryptionAlgorithm(), new DEROctetString(encryptedKey)));
        AuthEnvelopedData rebuilt = new AuthEnvelopedData(envelope.getOriginatorInfo(), new DERSet(changed),
                envelope.getAuthEncryptedContentInfo(), envelope.getAuthAttrs(), envelope.getMac(),
                envelope.getUnauthAttrs());
        return new ContentInfo(CMSObjectIdentifiers.authEnvelopedData, rebuilt).getEncoded();
    }

    private static void assertRejected(RejectionReason reason, byte[] sealed) {
        PackageRejectedException e = catchThrowableOfType(() -> Packages.open(sealed, PKI.trustStore(),
                RECEIVER_CRED.decryptionIdentity(), SENDER), PackageRejectedException.class);
        assertThat(e).as("expected rejection " + reason).isNotNull();
        assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason);
    }
}
