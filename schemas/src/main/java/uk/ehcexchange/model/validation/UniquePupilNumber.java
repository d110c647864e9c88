package uk.ehcexchange.model.validation;

/**
 * Unique Pupil Number (UPN) check, following the DfE standard published in the UK Government Data Standards
 * Catalogue, "Unique Pupil Number" v2.0 (agreed 18 November 2004,
 * http://www.govtalk.gov.uk/gdsc/html/noframes/UniquePupilNumber-2-0-Release.htm), and the school census
 * validation rule 1510 ("UPN invalid (wrong check letter at character 1)"):
 * <ul>
 *   <li>format {@code Annnnnnnnnnnn} (permanent) or {@code AnnnnnnnnnnnA} (temporary);</li>
 *   <li>the check letter at position 1 is the sum of each character at positions 2..13 multiplied by its position,
 *       modulo 23, mapped 0..22 to {@code ABCDEFGHJKLMNPQRTUVWXYZ} (I, O and S are never used);</li>
 *   <li>the final letter of a temporary UPN counts as its index in that same alphabet (A = 0, B = 1, ...).</li>
 * </ul>
 * Cross-checked against python-stdnum's {@code stdnum.gb.upn}, whose documented valid example is
 * {@code B801200005001}. (Some school MIS help pages work the example {@code B207000016049} to "267 → Q"; the sum
 * is in fact 266, which gives P. The standard's rule, not that worked example, is implemented here.)
 */
public final class UniquePupilNumber {

    static final String CHECK_ALPHABET = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private UniquePupilNumber() {
    }

    /** Right length and character classes, whatever the check letter. */
    public static boolean isWellFormed(String value) {
        if (value == null || value.length() != 13) {
            return false;
        }
        if (CHECK_ALPHABET.indexOf(value.charAt(0)) < 0) {
            return false;
        }
        if (!Ascii.allDigits(value.subSequence(1, 12))) {
            return false;
        }
        char last = value.charAt(12);
        return Ascii.isDigit(last) || CHECK_ALPHABET.indexOf(last) >= 0;
    }

    public static boolean isValid(String value) {
        return isWellFormed(value) && value.charAt(0) == checkLetter(value.substring(1));
    }

    /**
     * @param lastTwelve characters 2..13 of a well-formed UPN
     * @return the check letter those characters require
     */
    public static char checkLetter(String lastTwelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            char c = lastTwelve.charAt(i);
            int value = Ascii.isDigit(c) ? c - '0' : CHECK_ALPHABET.indexOf(c);
            sum += value * (i + 2);
        }
        return CHECK_ALPHABET.charAt(sum % 23);
    }
}
