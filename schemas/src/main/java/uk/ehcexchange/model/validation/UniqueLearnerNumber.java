package uk.ehcexchange.model.validation;

/**
 * Unique Learner Number (ULN), issued by the Learning Records Service to learners aged 14 and over: ten digits.
 * The LRS also applies a check digit, but its algorithm is not part of the published specification the hub relies
 * on, so only the format is checked here.
 */
public final class UniqueLearnerNumber {

    private UniqueLearnerNumber() {
    }

    public static boolean isValid(String value) {
        return value != null && value.length() == 10 && Ascii.allDigits(value);
    }
}
