package uk.ehcexchange.model.validation;

/** Character tests that accept only ASCII, unlike {@link Character#isDigit}, which also accepts e.g. Arabic-Indic digits. */
final class Ascii {

    private Ascii() {
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean allDigits(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
