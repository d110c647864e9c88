package uk.ehcexchange.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierChecksTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "9434765919", // NHS Data Dictionary worked example
            "4010232137", // NHS England test data example
            "9993110469", // the golden sample's invented number
            "9990000018"})
    void acceptsNhsNumbersWithCorrectCheckDigit(String value) {
        assertThat(NhsNumber.isValid(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "9434765918", // wrong check digit
            "9434765910",
            "9991234560", // first nine digits give check value 10: never issued
            "9991234561",
            "943476591",  // nine digits
            "94347659190",
            "943 476 5919", // canonical form has no spaces
            "94347659A9",
            "\u0669\u0664\u0663\u0664\u0667\u0666\u0665\u0669\u0661\u0669"}) // Arabic-Indic digits
    @NullAndEmptySource
    void rejectsBadNhsNumbers(String value) {
        assertThat(NhsNumber.isValid(value)).isFalse();
    }

    @Test
    void checkValueElevenMeansCheckDigitZero() {
        // 1000000010: weighted sum 10*1 + 2*1 = 12 -> 12 mod 11 = 1 -> 11 - 1 = 10: invalid.
        // 1000000060: 10*1 + 6*2 = 22 -> 22 mod 11 = 0 -> 11 -> check digit 0.
        assertThat(NhsNumber.isValid("1000000060")).isTrue();
        assertThat(NhsNumber.isValid("1000000061")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "B801200005001", // python-stdnum's documented valid example
            "P207000016049", // the census-rule-1510 help example, correctly computed (sum 266 -> 13 -> P)
            "U919236820041", // the golden sample's invented UPN
            "F91923682004T", // temporary UPN: final letter counts as its index (T = 16)
            "L91921001403B"})
    void acceptsUpnsWithCorrectCheckLetter(String value) {
        assertThat(UniquePupilNumber.isValid(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "A801200005001", // wrong check letter
            "Q207000016049", // the help pages' miscalculated letter
            "b801200005001", // lower case is not the canonical form
            "I801200005001", // I, O and S are never check letters
            "X80120000A001", // letter in the middle
            "F91923682004S", // S is not in the temporary-UPN alphabet
            "B80120000500",
            "B8012000050011"})
    @NullAndEmptySource
    void rejectsBadUpns(String value) {
        assertThat(UniquePupilNumber.isValid(value)).isFalse();
    }

    @Test
    void distinguishesWrongShapeFromWrongCheckLetter() {
        assertThat(UniquePupilNumber.isWellFormed("A801200005001")).isTrue();
        assertThat(UniquePupilNumber.isValid("A801200005001")).isFalse();
        assertThat(UniquePupilNumber.isWellFormed("X80120000A001")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "0000000001", "9876543210"})
    void acceptsTenDigitUlns(String value) {
        assertThat(UniqueLearnerNumber.isValid(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "12345678901", "12345 67890", "123456789X"})
    @NullAndEmptySource
    void rejectsBadUlns(String value) {
        assertThat(UniqueLearnerNumber.isValid(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SG13 8DQ", "sg13 8dq", "SG138DQ", "AL1 3JE", "LU1 2BQ", "W1A 0AX", "EC1A 1BB", "M1 1AE",
            "B33 8TH", "CR2 6XH", "DN55 1PT", "GIR 0AA", "BR1 3UH", "DA6 7LB"})
    void acceptsUkPostcodes(String value) {
        assertThat(UkPostcode.isValid(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SG13  8DQ", // two spaces
            " SG13 8DQ",
            "SG13 8DQ ",
            "Q1 1AA",    // Q never starts a postcode
            "SG13 8CQ",  // C never appears in the inward unit
            "SG13",
            "12345",
            "SG13-8DQ",
            "SG1338DQ"})
    @NullAndEmptySource
    void rejectsMalformedPostcodes(String value) {
        assertThat(UkPostcode.isValid(value)).isFalse();
    }
}
