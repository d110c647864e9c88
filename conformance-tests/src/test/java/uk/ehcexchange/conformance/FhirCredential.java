package uk.ehcexchange.conformance;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;

/**
 * A trust's or ICB's FHIR client credential as NHS England's APIs expect it: a key pair generated for this run
 * (only the public key is given to the hub), and signed client assertions (private_key_jwt) made with it.
 */
final class FhirCredential {

    final String clientId;
    final String authority;
    final JWSAlgorithm algorithm;
    private final KeyPair keys;

    private FhirCredential(String clientId, String authority, JWSAlgorithm algorithm, KeyPair keys) {
        this.clientId = clientId;
        this.authority = authority;
        this.algorithm = algorithm;
        this.keys = keys;
    }

    static FhirCredential generate(String clientId, String authority, JWSAlgorithm algorithm) {
        return new FhirCredential(clientId, authority, algorithm, keyPair(algorithm));
    }

    /** The same client id, but a key the hub was never given: what an impostor would hold. */
    FhirCredential impostor() {
        return new FhirCredential(clientId, authority, algorithm, keyPair(algorithm));
    }

    Path writePublicKey(Path folder) {
        Path file = folder.resolve(clientId + "-public.pem");
        try {
            Files.createDirectories(folder);
            Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(keys.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A fresh assertion for the token endpoint: unique jti, five minutes' life. */
    String assertion(String audience) {
        return assertion(audience, Instant.now().plus(Duration.ofMinutes(4)), UUID.randomUUID().toString());
    }

    String assertion(String audience, Instant expiry, String jti) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(clientId).subject(clientId).audience(audience)
                .expirationTime(Date.from(expiry)).jwtID(jti).build();
        return sign(new JWSHeader.Builder(algorithm).keyID(clientId + "-key").build(), claims);
    }

    String sign(JWSHeader header, JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            PrivateKey key = keys.getPrivate();
            JWSSigner signer = key instanceof ECPrivateKey ec ? new ECDSASigner(ec) : new RSASSASigner(key);
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static KeyPair keyPair(JWSAlgorithm algorithm) {
        try {
            if (JWSAlgorithm.Family.RSA.contains(algorithm)) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair();
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(algorithm == JWSAlgorithm.ES384 ? "secp384r1" : "secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
