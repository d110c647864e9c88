package uk.ehcexchange.model.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.ehcexchange.model.Authority;
import uk.ehcexchange.model.AuthorityKind;

/**
 * The 153 English local authorities with education and social care duties, keyed by DfE LA code, loaded from the
 * DfE open data copy shipped on the classpath (Open Government Licence). The list changes only with local
 * government reorganisation, so it is read once and held for the life of the JVM.
 */
public final class EnglishLocalAuthorities {

    /** Classpath location of the shipped copy of {@code shared/reference/local-authorities-england.csv}. */
    public static final String RESOURCE = "/uk/ehcexchange/reference/local-authorities-england.csv";

    private EnglishLocalAuthorities() {
    }

    /** Every council in file order (by LA code), as {@link AuthorityKind#COUNCIL} authorities. */
    public static List<Authority> all() {
        return Loaded.ALL;
    }

    public static Optional<Authority> byLaCode(String laCode) {
        return laCode == null ? Optional.empty() : Optional.ofNullable(Loaded.BY_LA_CODE.get(laCode));
    }

    public static boolean isKnownLaCode(String laCode) {
        return laCode != null && Loaded.BY_LA_CODE.containsKey(laCode);
    }

    /** Initialisation-on-demand holder: the file is read on first use, once, without locking afterwards. */
    private static final class Loaded {
        static final List<Authority> ALL;
        static final Map<String, Authority> BY_LA_CODE;

        static {
            List<Authority> authorities = read();
            Map<String, Authority> byCode = new LinkedHashMap<>();
            for (Authority a : authorities) {
                if (byCode.put(a.laCode(), a) != null) {
                    throw new IllegalStateException("Duplicate LA code " + a.laCode() + " in " + RESOURCE);
                }
            }
            ALL = List.copyOf(authorities);
            BY_LA_CODE = Collections.unmodifiableMap(byCode);
        }
    }

    private static List<Authority> read() {
        InputStream in = EnglishLocalAuthorities.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Missing classpath resource " + RESOURCE);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Authority> result = new ArrayList<>();
            String header = reader.readLine();
            if (header == null || !header.startsWith("dfe_la_code,gss_code,name")) {
                throw new IllegalStateException("Unexpected header in " + RESOURCE);
            }
            String line;
            int lineNumber = 1;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = CsvLine.split(line);
                if (cells.size() < 3) {
                    throw new IllegalStateException("Too few columns at line " + lineNumber + " of " + RESOURCE);
                }
                String laCode = cells.get(0).trim();
                result.add(new Authority(AuthorityKind.COUNCIL, laCode, laCode, cells.get(1).trim(), null,
                        cells.get(2).trim()));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
