package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.hl7.fhir.r4.model.OperationOutcome;

/** How every refusal on /fhir must look: a 4xx OperationOutcome whose issues say what, where and why. */
final class FhirOutcomes {

    private FhirOutcomes() {
    }

    /**
     * @param code       the FHIR IssueType code of the first issue
     * @param expression the start of that issue's FHIRPath expression
     */
    static OperationOutcome assertRefused(HttpResponse<String> response, int status, String code, String expression) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .matches("application/fhir\\+(json|xml).*"));
        OperationOutcome outcome = parse(response);
        assertThat(outcome.getIssue()).isNotEmpty().allSatisfy(issue -> {
            assertThat(issue.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
            assertThat(issue.getCode()).isNotNull();
            assertThat(issue.getExpression()).isNotEmpty();
            assertThat(issue.getDiagnostics()).isNotBlank();
        });
        OperationOutcome.OperationOutcomeIssueComponent first = outcome.getIssueFirstRep();
        assertThat(first.getCode().toCode()).as(first.getDiagnostics()).isEqualTo(code);
        assertThat(first.getExpression().get(0).getValue()).as(first.getDiagnostics()).startsWith(expression);
        return outcome;
    }

    private static OperationOutcome parse(HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        var parser = type.contains("xml") ? TrustSystem.FHIR.newXmlParser() : TrustSystem.FHIR.newJsonParser();
        return parser.parseResource(OperationOutcome.class, response.body());
    }
}
