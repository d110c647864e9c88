package uk.ehcexchange.adapters.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hl7.fhir.r4.fhirpath.ExpressionNode;
import org.hl7.fhir.r4.fhirpath.FHIRPathEngine;
import org.hl7.fhir.r4.hapi.ctx.HapiWorkerContext;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.ElementDefinition.ConstraintSeverity;
import org.hl7.fhir.r4.model.ElementDefinition.ElementDefinitionConstraintComponent;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The error-level invariants of element definitions, evaluated with HAPI's R4 FHIRPath engine. Each expression is
 * parsed once. {@code ele-1} ("an element has a value or children") is left out: empty elements are treated as
 * absent before any rule runs, so it always holds. The two about contained resources, {@code ref-1} and
 * {@code dom-3}, are written out in Java: HAPI's model keeps a contained resource's id with its leading '#', which
 * their expressions (written for the id as serialised) would misread, and {@code dom-3} walks every descendant.
 */
final class Invariants {

    private static final String BEST_PRACTICE = "http://hl7.org/fhir/StructureDefinition/elementdefinition-bestpractice";

    private final ThreadLocal<FHIRPathEngine> engines;
    private final Map<String, ExpressionNode> parsed = new ConcurrentHashMap<>();

    Invariants(FhirContext fhir, IValidationSupport support) {
        HapiWorkerContext worker = new HapiWorkerContext(fhir, support);
        this.engines = ThreadLocal.withInitial(() -> new FHIRPathEngine(worker));
    }

    boolean applies(ElementDefinitionConstraintComponent constraint) {
        return constraint.getSeverity() == ConstraintSeverity.ERROR && constraint.hasExpression()
                && !"ele-1".equals(constraint.getKey()) && !constraint.hasExtension(BEST_PRACTICE);
    }

    boolean holds(ElementDefinitionConstraintComponent constraint, Base value, Resource resource) {
        switch (constraint.getKey()) {
            case "ref-1" -> {
                return !(value instanceof Reference reference) || LocalReferences.resolves(reference, resource);
            }
            case "dom-3" -> {
                return !(value instanceof DomainResource domain) || LocalReferences.everyContainedIsReferenced(domain);
            }
            default -> {
                return evaluate(constraint, value, resource);
            }
        }
    }

    private boolean evaluate(ElementDefinitionConstraintComponent constraint, Base value, Resource resource) {
        FHIRPathEngine engine = engines.get();
        ExpressionNode expression = parsed.computeIfAbsent(constraint.getExpression(), engine::parse);
        try {
            return engine.evaluateToBoolean(null, resource, resource, value, expression);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
