package uk.ehcexchange.adapters.fhir;

import java.util.Locale;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import uk.ehcexchange.model.Sen2Coded;

/**
 * Our enums as FHIR codes: {@code SHORT_TERM} is {@code short-term}. One rule, so the CodeSystems follow the enums;
 * an enum that is an SEN2 code list ({@link Sen2Coded}) uses SEN2's own codes and wording instead, so a receiver can
 * use the DfE list unchanged.
 */
public final class Codes {

    private Codes() {
    }

    public static String code(Enum<?> value) {
        if (value instanceof Sen2Coded sen2) {
            return sen2.sen2Code();
        }
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant for a code, or null if the code is not one of ours. */
    static <E extends Enum<E>> E fromCode(Class<E> type, String code) {
        if (code == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (code(constant).equals(code)) {
                return constant;
            }
        }
        return null;
    }

    static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept().addCoding(new Coding(system, code, display));
    }

    /** The code of the first coding in {@code system}, or null. */
    static String codeIn(CodeableConcept concept, String system) {
        if (concept == null) {
            return null;
        }
        for (Coding coding : concept.getCoding()) {
            if (system.equals(coding.getSystem())) {
                return coding.getCode();
            }
        }
        return null;
    }

    /** "SPECIAL_SCHOOL" as "Special school", the display of our generated codes. */
    public static String display(Enum<?> value) {
        if (value instanceof Sen2Coded sen2) {
            return sen2.sen2Wording();
        }
        String words = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
