package uk.ehcexchange.model.validation;

/**
 * NHS number check: ten digits, the last a Modulus 11 check digit over the first nine with weights 10 down to 2
 * (NHS Data Dictionary, "NHS Number"). A computed check of 10 means no number with those nine digits is issued.
 */
public final class NhsNumber {

    private NhsNumber() {
    }

    /** Ten ASCII digits, no spaces: the canonical form the hub stores and exchanges. */
    public static boolean isWellFormed(String value) {
        return value != null && value.length() == 10 && Ascii.allDigits(value);
    }

    public static boolean isValid(String value) {
        if (!isWellFormed(value)) {
            return false;
        }
        int check = checkDigit(value.substring(0, 9));
        return check != 10 && check == value.charAt(9) - '0';
    }

    /**
     * @param firstNine the first nine digits of an NHS number
     * @return the check digit those digits require, or 10 when no number with those nine digits is issued
     */
    public static int checkDigit(String firstNine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (firstNine.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        return check == 11 ? 0 : check;
    }
}
