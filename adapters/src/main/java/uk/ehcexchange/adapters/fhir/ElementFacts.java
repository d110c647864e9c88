package uk.ehcexchange.adapters.fhir;

import java.util.List;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.ElementDefinition.ElementDefinitionConstraintComponent;

/** What the walk asks of an element definition for every value, worked out once. */
record ElementFacts(String name, String pathName, boolean repeats, int max,
                    List<ElementDefinitionConstraintComponent> constraints) {

    static ElementFacts of(ElementDefinition definition, Invariants invariants) {
        String name = SnapshotIndex.name(definition);
        String baseMax = definition.getBase().getMax();
        String max = definition.getMax();
        return new ElementFacts(name, name.replace("[x]", ""), !"1".equals(baseMax) && !"0".equals(baseMax),
                max == null || "*".equals(max) ? Integer.MAX_VALUE : Integer.parseInt(max),
                definition.getConstraint().stream().filter(invariants::applies).toList());
    }
}
