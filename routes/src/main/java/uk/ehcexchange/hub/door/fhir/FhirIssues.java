package uk.ehcexchange.hub.door.fhir;

import java.util.List;
import uk.ehcexchange.adapters.fhir.FhirIssue;

/** The adapters' issues (from the mappers and the profile validator) as the issues of the hub's answer. */
final class FhirIssues {

    private FhirIssues() {
    }

    static List<FhirRejection.Issue> of(List<FhirIssue> issues) {
        return issues.stream().map(i -> new FhirRejection.Issue(i.severity(), i.code(),
                i.expression() == null ? "Bundle" : i.expression(), i.diagnostics())).toList();
    }
}
