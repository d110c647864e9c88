package uk.ehcexchange.adapters.fhir;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Reference;
import uk.ehcexchange.model.Outcome;
import uk.ehcexchange.model.OutcomeTerm;

/**
 * An outcome (plan section E, or outcomes sought in advice) as a Goal: the outcome id as identifier, the
 * description as text, the term and the preparing-for-adulthood flag as categories, the target date as
 * {@code target.dueDate}.
 */
final class OutcomeMapping {

    static final String PREPARING_FOR_ADULTHOOD = "preparing-for-adulthood";

    private OutcomeMapping() {
    }

    static String key(String outcomeId) {
        return "Goal/" + outcomeId;
    }

    static Reference write(Outcome outcome, DocumentEntries entries, Reference patient) {
        return entries.add(key(outcome.id()), () -> {
            Goal goal = new Goal();
            goal.addIdentifier().setSystem(EhcFhir.ID_OUTCOME).setValue(outcome.id());
            goal.setLifecycleStatus(Goal.GoalLifecycleStatus.ACTIVE);
            goal.setDescription(new CodeableConcept().setText(outcome.description()));
            if (outcome.term() != null) {
                goal.addCategory(Codes.concept(EhcFhir.CS_OUTCOME_CATEGORY, Codes.code(outcome.term()),
                        Codes.display(outcome.term())));
            }
            if (outcome.preparingForAdulthood()) {
                goal.addCategory(Codes.concept(EhcFhir.CS_OUTCOME_CATEGORY, PREPARING_FOR_ADULTHOOD,
                        "Preparing for adulthood"));
            }
            goal.setSubject(patient.copy());
            if (outcome.achieveBy() != null) {
                goal.addTarget().setDue(FhirDates.date(outcome.achieveBy()));
            }
            return goal;
        });
    }

    static Outcome read(Goal goal, BundleReader reader) {
        String path = reader.path(goal);
        String id = goal.getIdentifier().stream()
                .filter(i -> EhcFhir.ID_OUTCOME.equals(i.getSystem())).map(i -> i.getValue()).findFirst()
                .orElse(null);
        reader.required(id, path + ".identifier", "an identifier in " + EhcFhir.ID_OUTCOME);
        OutcomeTerm term = null;
        boolean preparingForAdulthood = false;
        for (int i = 0; i < goal.getCategory().size(); i++) {
            String code = Codes.codeIn(goal.getCategory().get(i), EhcFhir.CS_OUTCOME_CATEGORY);
            if (PREPARING_FOR_ADULTHOOD.equals(code)) {
                preparingForAdulthood = true;
            } else if (code != null) {
                term = Codes.fromCode(OutcomeTerm.class, code);
                if (term == null) {
                    reader.error(IssueType.CODEINVALID, path + ".category[" + i + "]",
                            "not a code of " + EhcFhir.CS_OUTCOME_CATEGORY);
                }
            }
        }
        var due = goal.getTarget().stream().filter(t -> t.hasDue()).findFirst().orElse(null);
        return new Outcome(
                id,
                goal.getDescription().getText(),
                term,
                preparingForAdulthood,
                due == null ? null : FhirDates.day(due.getDue(), reader, path + ".target.due"));
    }
}
