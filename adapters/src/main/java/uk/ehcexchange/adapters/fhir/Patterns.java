package uk.ehcexchange.adapters.fhir;

import java.util.List;
import java.util.Objects;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Property;

/**
 * FHIR's pattern[x] rule: every element the pattern has must be present in the instance with a matching value;
 * repeating elements match when each pattern value matches some instance value. The instance may have more.
 */
final class Patterns {

    private Patterns() {
    }

    static boolean matches(Base value, Base pattern) {
        if (pattern.isPrimitive()) {
            return value.isPrimitive() && Objects.equals(value.primitiveValue(), pattern.primitiveValue());
        }
        for (Property property : pattern.children()) {
            List<Base> have = null;
            for (Base wanted : property.getValues()) {
                if (wanted == null || wanted.isEmpty()) {
                    continue;
                }
                if (have == null) {
                    have = SnapshotValidator.present(value, property.getName());
                }
                if (have.stream().noneMatch(h -> matches(h, wanted))) {
                    return false;
                }
            }
        }
        return true;
    }
}
