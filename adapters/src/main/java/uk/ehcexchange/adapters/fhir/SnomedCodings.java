package uk.ehcexchange.adapters.fhir;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Resource;

/**
 * SNOMED CT without a terminology server. The hub has none (and must never call out), and SNOMED CT is far too
 * big to ship, so every SNOMED coding in a resource is checked for form only: a concept identifier (SCTID) of
 * 6-18 digits in a concept partition with a valid Verhoeff check digit. A mistyped code is caught by the check
 * digit; a well-formed but retired or unknown concept is not, and never fails validation. Trusts' systems take
 * their codes from the national terminology server, so this is the trade we choose over rejecting every coded
 * Condition for want of a server. HAPI's validator does not look at SNOMED codes under example bindings, so this
 * walks the resource itself.
 */
final class SnomedCodings {

    static final String NOT_A_CONCEPT_ID =
            "not a valid SNOMED CT concept identifier (digits, partition or Verhoeff check digit)";

    private SnomedCodings() {
    }

    static List<FhirIssue> check(Resource resource) {
        List<FhirIssue> issues = new ArrayList<>();
        walk(resource, resource.fhirType(), issues);
        return issues;
    }

    private static void walk(Base element, String path, List<FhirIssue> issues) {
        if (element instanceof Coding coding && EhcFhir.SNOMED_CT.equals(coding.getSystem())
                && !isConceptId(coding.getCode())) {
            issues.add(FhirIssue.error(IssueType.CODEINVALID, path + ".code", NOT_A_CONCEPT_ID));
        }
        for (Property property : element.children()) {
            List<Base> values = property.getValues();
            for (int i = 0; i < values.size(); i++) {
                Base value = values.get(i);
                if (value != null && !value.isPrimitive()) {
                    String name = property.getName().replace("[x]", "");
                    walk(value, path + "." + name + (property.getMaxCardinality() > 1 ? "[" + i + "]" : ""), issues);
                }
            }
        }
    }

    /** SCTID: digits, no leading zero, partition 00 or 10 (concepts), Verhoeff check digit last. */
    static boolean isConceptId(String code) {
        if (code == null || code.length() < 6 || code.length() > 18 || code.charAt(0) == '0'
                || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        String partition = code.substring(code.length() - 3, code.length() - 1);
        return ("00".equals(partition) || "10".equals(partition)) && verhoeffValid(code);
    }

    private static final int[][] D = {
            {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
            {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
            {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
            {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
    private static final int[][] P = {
            {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
            {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
            {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};

    /** The Verhoeff dihedral check that SNOMED CT identifiers end with. */
    static boolean verhoeffValid(String digits) {
        int check = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            check = D[check][P[i % 8][digit]];
        }
        return check == 0;
    }
}
