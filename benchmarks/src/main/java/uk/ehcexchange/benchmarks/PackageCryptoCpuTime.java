package uk.ehcexchange.benchmarks;

import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.Deflater;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import uk.ehcexchange.security.CryptoProvider;

/**
 * Companion to {@link PackageCryptoBenchmark} for a shared machine: CPU time per operation of the benchmark's own
 * operations, measured with the thread's CPU clock, so that other work on the machine inflates the figures far
 * less than it does JMH's wall-clock throughput. Then the same for the parts that the profile shows dominate, on
 * the 1 MiB attachment alone: ZIP deflate, AES-256-GCM through the Bouncy Castle provider (what the package layer
 * once used) and through the JDK in 32 KiB updates (what sealing uses; opening uses the JDK's AES-CTR and AES-GCM
 * encryption over the same bytes, see GcmDecryptingInputStream), and SHA-256 (Bouncy Castle's and the JDK's, which
 * the package layer uses).
 *
 * <p>Not a JMH benchmark (no forks, no statistics): a rough breakdown of where the time goes.
 * Usage: {@code java -Xmx512m -cp benchmarks/target/benchmarks.jar uk.ehcexchange.benchmarks.PackageCryptoCpuTime
 * [warm-up seconds] [measured seconds]} (defaults 4 and 6 per operation).
 */
public final class PackageCryptoCpuTime {

    private PackageCryptoCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        long warmUpNanos = (args.length > 0 ? Long.parseLong(args[0]) : 4) * 1_000_000_000L;
        long measuredNanos = (args.length > 1 ? Long.parseLong(args[1]) : 6) * 1_000_000_000L;
        PackageCryptoBenchmark benchmark = new PackageCryptoBenchmark();
        benchmark.setUp();
        byte[] attachment = benchmark.attachment();
        byte[] out = new byte[attachment.length * 2];
        SecretKeySpec key = new SecretKeySpec(new byte[32], "AES");
        byte[] nonce = new byte[12];

        Map<String, Callable<Object>> operations = new LinkedHashMap<>();
        operations.put("roundTripEcP256", benchmark::roundTripEcP256);
        operations.put("roundTripPlanOnlyEcP256", benchmark::roundTripPlanOnlyEcP256);
        operations.put("sealEcP256", benchmark::sealEcP256);
        operations.put("openEcP256", benchmark::openEcP256);
        operations.put("roundTripRsa3072", benchmark::roundTripRsa3072);
        operations.put("sealRsa3072", benchmark::sealRsa3072);
        operations.put("openRsa3072", benchmark::openRsa3072);
        operations.put("containerOnly", benchmark::containerOnly);
        operations.put("1 MiB: ZIP deflate (default level)", () -> {
            Deflater deflater = new Deflater();
            deflater.setInput(attachment);
            deflater.finish();
            int n = deflater.deflate(out);
            deflater.end();
            return n;
        });
        operations.put("1 MiB: AES-256-GCM, Bouncy Castle", () -> {
            nonce[0]++; // a fresh nonce each time, or the JCE refuses to encrypt again
            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding", CryptoProvider.bouncyCastle());
            gcm.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            return gcm.doFinal(attachment, 0, attachment.length, out);
        });
        operations.put("1 MiB: AES-256-GCM, JDK, 32 KiB updates", () -> {
            nonce[0]++;
            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
            gcm.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            int written = 0;
            for (int at = 0; at < attachment.length; at += 32 * 1024) {
                written += gcm.update(attachment, at, Math.min(32 * 1024, attachment.length - at), out, written);
            }
            return written + gcm.doFinal(out, written);
        });
        operations.put("1 MiB: SHA-256, Bouncy Castle", () ->
                MessageDigest.getInstance("SHA-256", CryptoProvider.bouncyCastle()).digest(attachment));
        operations.put("1 MiB: SHA-256, JDK", () -> MessageDigest.getInstance("SHA-256").digest(attachment));

        CpuTime.print(operations, warmUpNanos, measuredNanos);
    }
}
