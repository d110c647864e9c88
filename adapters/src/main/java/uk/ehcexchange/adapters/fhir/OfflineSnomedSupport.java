package uk.ehcexchange.adapters.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.ConceptValidationOptions;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.context.support.ValidationSupportContext;

/**
 * SNOMED CT without a terminology server. The hub has none (and must never call out), and SNOMED is far too big
 * to ship, so a SNOMED code is accepted when it is a well-formed concept identifier (SCTID: 6-18 digits, a concept
 * partition, a valid Verhoeff check digit) and the display is taken as sent. A typo in a code is still caught by
 * the check digit; a well-formed but retired or unknown concept is not. Trusts' systems take their codes from the
 * national terminology server, so this is the trade we choose over rejecting every coded Condition.
 */
final class OfflineSnomedSupport implements IValidationSupport {

    private final FhirContext fhir;

    OfflineSnomedSupport(FhirContext fhir) {
        this.fhir = fhir;
    }

    @Override
    public FhirContext getFhirContext() {
        return fhir;
    }

    @Override
    public String getName() {
        return "EHC Exchange offline SNOMED CT identifier check";
    }

    @Override
    public boolean isCodeSystemSupported(ValidationSupportContext context, String system) {
        return EhcFhir.SNOMED_CT.equals(system);
    }

    @Override
    public CodeValidationResult validateCode(ValidationSupportContext context, ConceptValidationOptions options,
                                             String system, String code, String display, String valueSetUrl) {
        if (!EhcFhir.SNOMED_CT.equals(system) || valueSetUrl != null) {
            return null;
        }
        if (isConceptId(code)) {
            return new CodeValidationResult().setCode(code).setDisplay(display).setCodeSystemName("SNOMED CT");
        }
        return new CodeValidationResult()
                .setSeverity(IssueSeverity.ERROR)
                .setMessage("Not a valid SNOMED CT concept identifier (format, partition or check digit)");
    }

    @Override
    public LookupCodeResult lookupCode(ValidationSupportContext context,
                                       ca.uhn.fhir.context.support.LookupCodeRequest request) {
        if (!EhcFhir.SNOMED_CT.equals(request.getSystem()) || !isConceptId(request.getCode())) {
            return null;
        }
        LookupCodeResult result = new LookupCodeResult();
        result.setSearchedForSystem(request.getSystem());
        result.setSearchedForCode(request.getCode());
        result.setFound(true);
        return result;
    }

    /** SCTID: digits, no leading zero, partition 00 or 10 (concepts), Verhoeff check digit last. */
    static boolean isConceptId(String code) {
        if (code == null || code.length() < 6 || code.length() > 18 || code.charAt(0) == '0'
                || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        String partition = code.substring(code.length() - 3, code.length() - 1);
        return ("00".equals(partition) || "10".equals(partition)) && Verhoeff.isValid(code);
    }

    /** The Verhoeff dihedral check digit that SNOMED CT identifiers end with. */
    static final class Verhoeff {
        private static final int[][] D = {
                {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
                {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
                {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
                {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
        private static final int[][] P = {
                {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
                {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
                {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};

        private Verhoeff() {
        }

        static boolean isValid(String digits) {
            int check = 0;
            for (int i = 0; i < digits.length(); i++) {
                int digit = digits.charAt(digits.length() - 1 - i) - '0';
                check = D[check][P[i % 8][digit]];
            }
            return check == 0;
        }
    }
}
