package uk.ehcexchange.security.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMParser;
import org.junit.jupiter.api.Test;

class PemFilesTest {

    @Test
    void aThrowawayPrivateKeyIsWrittenAsUnencryptedPkcs8ThatReadsBackUnchanged() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();

        String pem = PemFiles.toPem(pair.getPrivate());

        assertThat(pem.lines().findFirst()).as("an unencrypted PKCS#8 header").hasValue("-----BEGIN " + "PRIVATE KEY-----");
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            assertThat(((PrivateKeyInfo) parser.readObject()).getEncoded()).isEqualTo(pair.getPrivate().getEncoded());
        }
    }
}
