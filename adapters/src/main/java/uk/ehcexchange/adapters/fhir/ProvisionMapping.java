package uk.ehcexchange.adapters.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import uk.ehcexchange.model.ProvisionItem;

/**
 * Provision items (plan sections F, G, H1, H2, or provision recommended in advice) as the activities of a
 * CarePlan: description, who delivers it ({@code performer.display}), how much and how often
 * ({@code scheduledString}), the outcomes it serves ({@code goal}) and its id (an extension, since an activity has
 * no identifier).
 */
final class ProvisionMapping {

    private ProvisionMapping() {
    }

    /**
     * @param goals the Goal reference of every outcome id the items may name
     * @throws IllegalArgumentException if an item names an outcome that is not in {@code goals}: the canonical
     *                                  validator rejects such documents before they are mapped
     */
    static void writeActivities(CarePlan carePlan, List<ProvisionItem> items, Map<String, Reference> goals) {
        for (ProvisionItem item : items) {
            CarePlan.CarePlanActivityComponent activity = carePlan.addActivity();
            if (item.id() != null) {
                activity.addExtension(EhcFhir.EXT_PROVISION_ITEM_ID,
                        new Identifier().setSystem(EhcFhir.ID_PROVISION_ITEM).setValue(item.id()));
            }
            CarePlan.CarePlanActivityDetailComponent detail = activity.getDetail();
            detail.setStatus(CarePlan.CarePlanActivityStatus.NOTSTARTED);
            detail.setDescription(item.description());
            for (String outcomeId : item.outcomeIds()) {
                Reference goal = goals.get(outcomeId);
                if (goal == null) {
                    throw new IllegalArgumentException("provision names an outcome the document does not have");
                }
                detail.addGoal(goal.copy());
            }
            if (item.deliveredBy() != null) {
                detail.addPerformer(new Reference().setDisplay(item.deliveredBy()));
            }
            if (item.quantity() != null) {
                detail.setScheduled(new StringType(item.quantity()));
            }
        }
    }

    static List<ProvisionItem> readActivities(CarePlan carePlan, BundleReader reader) {
        String path = reader.path(carePlan);
        List<ProvisionItem> items = new ArrayList<>();
        for (int i = 0; i < carePlan.getActivity().size(); i++) {
            CarePlan.CarePlanActivityComponent activity = carePlan.getActivity().get(i);
            String at = path + ".activity[" + i + "]";
            if (!activity.hasDetail()) {
                reader.error(IssueType.REQUIRED, at + ".detail", "each provision activity needs a detail");
                continue;
            }
            CarePlan.CarePlanActivityDetailComponent detail = activity.getDetail();
            List<String> outcomeIds = new ArrayList<>();
            for (int g = 0; g < detail.getGoal().size(); g++) {
                outcomeId(detail.getGoal().get(g), reader, at + ".detail.goal[" + g + "]").ifPresent(outcomeIds::add);
            }
            items.add(new ProvisionItem(
                    itemId(activity),
                    detail.getDescription(),
                    detail.hasPerformer() ? detail.getPerformerFirstRep().getDisplay() : null,
                    detail.hasScheduledStringType() ? detail.getScheduledStringType().getValue() : null,
                    outcomeIds));
        }
        return items;
    }

    /** The outcome id of the section E Goal a reference names (provision and direct payments name outcomes so). */
    static Optional<String> outcomeId(Reference goalReference, BundleReader reader, String at) {
        Goal goal = reader.resolve(goalReference, Goal.class, at);
        return goal == null ? Optional.empty() : goal.getIdentifier().stream()
                .filter(id -> EhcFhir.ID_OUTCOME.equals(id.getSystem())).map(Identifier::getValue).findFirst();
    }

    private static String itemId(CarePlan.CarePlanActivityComponent activity) {
        Extension extension = activity.getExtensionByUrl(EhcFhir.EXT_PROVISION_ITEM_ID);
        return extension != null && extension.getValue() instanceof Identifier id ? id.getValue() : null;
    }
}
