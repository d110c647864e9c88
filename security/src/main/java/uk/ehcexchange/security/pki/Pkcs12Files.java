package uk.ehcexchange.security.pki;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * PKCS#12 keystores holding one private key and its chain. Uses the JDK's PKCS12 implementation, whose JDK 17
 * defaults are PBES2/AES-256 and HMAC-SHA-256. Callers choose the path and the password; nothing here picks a
 * location inside the repository.
 */
public final class Pkcs12Files {

    public static final String DEFAULT_ALIAS = "ehc";

    private Pkcs12Files() {
    }

    /** A key with its certificate chain, the end-entity certificate first. */
    public record KeyAndChain(PrivateKey privateKey, List<X509Certificate> chain) {
        public KeyAndChain {
            chain = List.copyOf(chain);
        }

        public X509Certificate certificate() {
            return chain.get(0);
        }

        @Override
        public String toString() {
            return "KeyAndChain[" + chain.size() + " certificates]";
        }
    }

    public static void write(Path file, char[] password, PrivateKey key, List<X509Certificate> chain)
            throws IOException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(DEFAULT_ALIAS, key, password, chain.toArray(new Certificate[0]));
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, password);
            }
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot write PKCS#12 keystore", e);
        }
    }

    public static void write(Path file, char[] password, IssuedCredential credential, X509Certificate root)
            throws IOException {
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(credential.certificate());
        chain.addAll(credential.chain());
        chain.add(root);
        write(file, password, credential.privateKey(), chain);
    }

    /** Reads the first key entry. */
    public static KeyAndChain read(Path file, char[] password) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    Key key = store.getKey(alias, password);
                    List<X509Certificate> chain = new ArrayList<>();
                    for (Certificate c : store.getCertificateChain(alias)) {
                        chain.add((X509Certificate) c);
                    }
                    if (key instanceof PrivateKey privateKey && !chain.isEmpty()) {
                        return new KeyAndChain(privateKey, chain);
                    }
                }
            }
            throw new IOException("no private key entry in keystore");
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read PKCS#12 keystore", e);
        }
    }
}
