package uk.ehcexchange.security.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.ehcexchange.security.trust.AuthorityNames;

class DevelopmentPkiTest {

    @TempDir
    Path dir;

    @Test
    void issuesCertificatesThatNameTheAuthorityAndSurvivePkcs12() throws Exception {
        DevelopmentCa ca = DevelopmentCa.create("EHC dev CA");
        IssuedCredential council = ca.issue("201", KeyAlgorithm.EC_P256);
        IssuedCredential trust = ca.issue("RJ1", KeyAlgorithm.RSA_3072);

        assertThat(AuthorityNames.authorityOf(council.certificate())).contains("201");
        assertThat(AuthorityNames.authorityOf(trust.certificate())).contains("RJ1");
        assertThat(council.certificate().getSubjectX500Principal().getName()).contains("EHC-LA-201");

        char[] password = "test-only".toCharArray();
        Path p12 = dir.resolve("201.p12");
        Pkcs12Files.write(p12, password, council, ca.certificate());
        Pkcs12Files.KeyAndChain read = Pkcs12Files.read(p12, password);
        assertThat(read.certificate()).isEqualTo(council.certificate());
        assertThat(read.chain()).hasSize(2);
        assertThat(read.privateKey().getEncoded()).isEqualTo(council.privateKey().getEncoded());

        assertThat(Fingerprints.sha256(council.certificate())).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
        assertThat(PemFiles.toPem(ca.certificate())).startsWith("-----BEGIN CERTIFICATE-----");
    }
}
