package uk.ehcexchange.adapters.fhir;

import ca.uhn.fhir.context.support.ConceptValidationOptions;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.context.support.ValidationSupportContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.Enumerations.BindingStrength;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.PrimitiveType;

/**
 * Codes against the terminology the validation support holds, offline: a code under a required binding must be in
 * its value set, a coding of a code system we hold in full must name a code that system has, and a SNOMED CT
 * coding must be a well-formed concept id ({@link SnomedCodings}: we hold no SNOMED CT). Answers are
 * cached per value set, system and code: the same few hundred codes recur in every document.
 */
final class TerminologyChecks {

    private final IValidationSupport support;
    private final ValidationSupportContext context;
    private final Map<String, Boolean> answers = new ConcurrentHashMap<>();

    TerminologyChecks(IValidationSupport support) {
        this.support = support;
        this.context = new ValidationSupportContext(support);
    }

    void check(Base value, String path, ElementDefinition definition, List<FhirIssue> issues) {
        if (value instanceof Coding coding && coding.hasSystem() && coding.hasCode()) {
            if (EhcFhir.SNOMED_CT.equals(coding.getSystem())) {
                if (!SnomedCodings.isConceptId(coding.getCode())) {
                    issues.add(FhirIssue.error(IssueType.CODEINVALID, path + ".code", SnomedCodings.NOT_A_CONCEPT_ID));
                }
            } else if (!knownCode(coding.getSystem(), coding.getCode())) {
                issues.add(FhirIssue.error(IssueType.CODEINVALID, path, "code is not in the code system " + coding.getSystem()));
            }
        }
        if (!definition.hasBinding() || definition.getBinding().getStrength() != BindingStrength.REQUIRED
                || !definition.getBinding().hasValueSet()) {
            return;
        }
        String valueSet = definition.getBinding().getValueSet();
        int bar = valueSet.indexOf('|');
        String url = bar < 0 ? valueSet : valueSet.substring(0, bar);
        boolean ok;
        if (value instanceof Coding coding) {
            ok = !coding.hasCode() || inValueSet(url, coding.getSystem(), coding.getCode());
        } else if (value instanceof CodeableConcept concept) {
            ok = concept.getCoding().stream().noneMatch(Coding::hasCode)
                    || concept.getCoding().stream().anyMatch(c -> c.hasCode() && inValueSet(url, c.getSystem(), c.getCode()));
        } else if (value instanceof PrimitiveType<?> primitive && "code".equals(primitive.fhirType()) && primitive.hasValue()) {
            ok = inValueSet(url, null, primitive.getValueAsString());
        } else {
            return;
        }
        if (!ok) {
            issues.add(FhirIssue.error(IssueType.CODEINVALID, path, "code is not in the value set " + url
                    + " (required binding)"));
        }
    }

    private boolean inValueSet(String valueSet, String system, String code) {
        return answers.computeIfAbsent("vs " + valueSet + '|' + system + '|' + code, k -> {
            IValidationSupport.CodeValidationResult result = support.validateCode(context,
                    new ConceptValidationOptions().setInferSystem(system == null), system, code, null, valueSet);
            return result == null || result.isOk();
        });
    }

    private boolean knownCode(String system, String code) {
        return answers.computeIfAbsent("cs " + system + '|' + code, k -> {
            if (!support.isCodeSystemSupported(context, system)) {
                return true;
            }
            IValidationSupport.CodeValidationResult result = support.validateCode(context,
                    new ConceptValidationOptions(), system, code, null, null);
            return result == null || result.isOk();
        });
    }
}
