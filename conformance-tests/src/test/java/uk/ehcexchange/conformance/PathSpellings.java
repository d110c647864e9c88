package uk.ehcexchange.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Ways of spelling a path so that a lenient server, or a proxy, or a security check that compares strings, may
 * take it for another: path parameters, percent-encoded letters, encoded and raw slashes and backslashes, dot
 * segments plain and encoded, doubled slashes, trailing dots, overlong UTF-8, NUL bytes and letter case. Each is
 * made from the segments of a real path; the hub must answer every one 400 or 404 and never run the handler.
 */
final class PathSpellings {

    /** One spelling: its name and what it does to a path's segments (the path is "/" + their join). */
    record Spelling(String name, Function<List<String>, String> spell) {

        String apply(String path) {
            return spell.apply(List.of(path.substring(1).split("/")));
        }
    }

    private PathSpellings() {
    }

    static List<Spelling> all() {
        List<Spelling> all = new ArrayList<>();
        all.add(new Spelling("path parameter on the first segment", s -> join(first(s) + ";x", rest(s))));
        all.add(new Spelling("path parameter on the last segment", s -> path(s) + ";x"));
        all.add(new Spelling("jsessionid path parameter", s -> path(s) + ";jsessionid=0123456789ABCDEF"));
        all.add(new Spelling("path parameter as its own segment", s -> join(first(s), prepend(";x", rest(s)))));
        all.add(new Spelling("encoded semicolon %3B", s -> join(first(s) + "%3Bx", rest(s))));
        all.add(new Spelling("percent-encoded letter in the first segment", s -> join(encodeFirst(first(s)), rest(s))));
        all.add(new Spelling("percent-encoded letter in the second segment", s -> {
            List<String> rest = new ArrayList<>(rest(s));
            rest.set(0, encodeFirst(rest.get(0)));
            return join(first(s), rest);
        }));
        all.add(new Spelling("encoded slash %2F", s -> joinFirstTwo(s, "%2F")));
        all.add(new Spelling("encoded slash %2f (lower case)", s -> joinFirstTwo(s, "%2f")));
        all.add(new Spelling("double-encoded slash %252F", s -> joinFirstTwo(s, "%252F")));
        all.add(new Spelling("encoded backslash %5C", s -> joinFirstTwo(s, "%5C")));
        all.add(new Spelling("raw backslash", s -> joinFirstTwo(s, "\\")));
        all.add(new Spelling("raw backslash before the first segment", s -> "\\" + path(s).substring(1)));
        all.add(new Spelling("dot segment /./", s -> join(first(s), prepend(".", rest(s)))));
        all.add(new Spelling("dot-dot segment /x/../", s -> join(first(s), prepend("x", prepend("..", rest(s))))));
        all.add(new Spelling("dot-dot above the root /../", s -> "/.." + path(s)));
        all.add(new Spelling("encoded dot %2e", s -> join(first(s), prepend("%2e", rest(s)))));
        all.add(new Spelling("encoded dot-dot %2E%2E", s -> join(first(s), prepend("x", prepend("%2E%2E", rest(s))))));
        all.add(new Spelling("half-encoded dot-dot .%2e", s -> join(first(s), prepend("x", prepend(".%2e", rest(s))))));
        all.add(new Spelling("dot-dot with an encoded slash ..%2F", s -> {
            List<String> rest = new ArrayList<>(rest(s));
            rest.set(0, "..%2F" + rest.get(0));
            return join(first(s), prepend("x", rest));
        }));
        all.add(new Spelling("dot-dot with an encoded backslash ..%5C", s -> {
            List<String> rest = new ArrayList<>(rest(s));
            rest.set(0, "..%5C" + rest.get(0));
            return join(first(s), prepend("x", rest));
        }));
        all.add(new Spelling("double slash inside", s -> joinFirstTwo(s, "//")));
        all.add(new Spelling("double slash in front", s -> "/" + path(s)));
        all.add(new Spelling("trailing slash", s -> path(s) + "/"));
        all.add(new Spelling("trailing dot on the first segment", s -> join(first(s) + ".", rest(s))));
        all.add(new Spelling("trailing dot on the last segment", s -> path(s) + "."));
        all.add(new Spelling("overlong UTF-8 slash %C0%AF", s -> joinFirstTwo(s, "%C0%AF")));
        all.add(new Spelling("overlong UTF-8 dot-dot %C0%AE%C0%AE", s -> join(first(s),
                prepend("x", prepend("%C0%AE%C0%AE", rest(s))))));
        all.add(new Spelling("overlong UTF-8 letter", s -> join(overlongFirst(first(s)), rest(s))));
        all.add(new Spelling("NUL byte %00 at the end", s -> path(s) + "%00"));
        all.add(new Spelling("NUL byte %00 in the first segment", s -> join(first(s) + "%00", rest(s))));
        all.add(new Spelling("upper-case first segment", s -> join(first(s).toUpperCase(Locale.ROOT), rest(s))));
        all.add(new Spelling("capitalised first segment", s -> join(first(s).substring(0, 1).toUpperCase(Locale.ROOT)
                + first(s).substring(1), rest(s))));
        return all;
    }

    private static String first(List<String> segments) {
        return segments.get(0);
    }

    private static List<String> rest(List<String> segments) {
        return segments.subList(1, segments.size());
    }

    private static List<String> prepend(String segment, List<String> segments) {
        List<String> all = new ArrayList<>();
        all.add(segment);
        all.addAll(segments);
        return all;
    }

    private static String path(List<String> segments) {
        return "/" + String.join("/", segments);
    }

    private static String join(String first, List<String> rest) {
        return path(prepend(first, rest));
    }

    /** The first two segments joined by {@code separator} instead of a slash. */
    private static String joinFirstTwo(List<String> segments, String separator) {
        List<String> rest = new ArrayList<>(rest(segments));
        rest.set(0, first(segments) + separator + rest.get(0));
        return path(rest);
    }

    private static String encodeFirst(String segment) {
        return String.format("%%%02X", (int) segment.charAt(0)) + segment.substring(1);
    }

    /** The first (ASCII) letter as a two-byte overlong UTF-8 sequence. */
    private static String overlongFirst(String segment) {
        int c = segment.charAt(0);
        return String.format("%%%02X%%%02X", 0xC0 | (c >> 6), 0x80 | (c & 0x3F)) + segment.substring(1);
    }
}
