package uk.ehcexchange.adapters.councilxml;

import java.util.List;

/**
 * XML 1.0 cannot carry every character a JSON string can: control characters other than tab, line feed and
 * carriage return, unpaired surrogates and U+FFFE/U+FFFF have no representation, not even as character
 * references. Such characters are removed and reported, never passed on to break the receiver's parser.
 */
final class XmlText {

    private XmlText() {
    }

    static String carried(String value, String xpath, List<NotCarried> report) {
        if (value == null) {
            return null;
        }
        int bad = firstUnrepresentable(value);
        if (bad < 0) {
            return value;
        }
        StringBuilder kept = new StringBuilder(value.length());
        StringBuilder removed = new StringBuilder();
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            int width = Character.charCount(cp);
            if (representable(value, i, cp)) {
                kept.appendCodePoint(cp);
            } else if (removed.indexOf(codePoint(value.charAt(i))) < 0) {
                removed.append(removed.length() == 0 ? "" : ", ").append(codePoint(value.charAt(i)));
            }
            i += width;
        }
        report.add(new NotCarried(xpath, "XML 1.0 cannot carry the character(s) " + removed + "; removed"));
        return kept.toString();
    }

    private static int firstUnrepresentable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0xD800 || c == '\n' || c == '\t' || c == '\r' || c >= 0xE000 && c <= 0xFFFD) {
                continue;
            }
            if (!representable(value, i, value.codePointAt(i))) {
                return i;
            }
            i++; // a valid surrogate pair: skip its low half
        }
        return -1;
    }

    private static boolean representable(String value, int index, int cp) {
        if (cp == 0x9 || cp == 0xA || cp == 0xD) {
            return true;
        }
        if (cp < 0x20 || cp == 0xFFFE || cp == 0xFFFF) {
            return false;
        }
        // codePointAt returns a lone surrogate as itself; only complete pairs are above U+FFFF.
        return cp < 0xD800 || cp > 0xDFFF;
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }
}
