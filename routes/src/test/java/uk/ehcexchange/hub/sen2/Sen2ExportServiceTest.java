package uk.ehcexchange.hub.sen2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.ehcexchange.adapters.sen2.Sen2Finding;
import uk.ehcexchange.hub.assessment.AssessmentService;
import uk.ehcexchange.hub.assessment.AssessmentSteps;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.hub.plan.PlanService;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.model.validation.UniquePupilNumber;

/**
 * The SEN2 export on the real hub (embedded database, no web door): a small Hertfordshire caseload recorded through
 * the assessment and plan services, read back from the database into the 2027 return. Checks what the golden test
 * cannot: that {@code Sen2Records} reads each table right, the audit row, and the refusals.
 *
 * <p>Recorded (all in 2026, before "today"): Ava's request of 2 Mar, decided 10 Apr, draft 15 Jun, representations
 * 20 Jun, final plan 22 Jun with a reg 13(3) exception (Y, Week20 1, active); Bo's request of 4 May, not assessed
 * 20 May (N); Cy's request of 2 Nov, undecided (A); a plan of 2019 held without a case (H / H, active); a plan
 * ceased by update (its cease day is the day it was stored: today); and a plan whose child has no sex or ethnicity
 * recorded (left out, listed).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Sen2ExportServiceTest {

    private static final String HERTS = "919";
    private static final ClientIdentity CASE_SYSTEM = new ClientIdentity("herts-case-system", HERTS);
    private static final ExportHeader OFFICERS = new ExportHeader("Y", "Y", "N", null);
    private static final String GOLDEN = "/uk/ehcexchange/samples/ehc-plan-919-full.json";

    @DynamicPropertySource
    static void hub(DynamicPropertyRegistry registry) throws Exception {
        String dir = Files.createTempDirectory("ehc-sen2-test").toString();
        registry.add("ehc.data-dir", () -> dir);
        registry.add("ehc.demo-mode", () -> "true");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:sen2;DB_CLOSE_DELAY=-1");
    }

    @Autowired AssessmentService assessments;
    @Autowired PlanService plans;
    @Autowired Sen2Export export;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    @BeforeAll
    void recordTheCaseload() throws IOException {
        String ava = request("SEN2-AVA", "Ava", LocalDate.of(2026, 3, 2), 1, true);
        assessments.decide(CASE_SYSTEM, HERTS, ava, key(), new AssessmentSteps.Decision(
                AssessmentSteps.RequestOutcome.Y, LocalDate.of(2026, 4, 10)));
        assessments.draft(CASE_SYSTEM, HERTS, ava, key(), new AssessmentSteps.Draft(LocalDate.of(2026, 6, 15)));
        assessments.representations(CASE_SYSTEM, HERTS, ava, key(),
                new AssessmentSteps.Representations(LocalDate.of(2026, 6, 20)));
        assessments.recordException(CASE_SYSTEM, HERTS, ava, key(), new AssessmentSteps.AppliedException(
                "FINAL_PLAN", null, "EXCEPTIONAL_PERSONAL_CIRCUMSTANCES", "family circumstances"));
        String avaPlan = plan("SEN2-AVA", "Ava", LocalDate.of(2026, 6, 22), "FINAL", true);
        assessments.finalPlan(CASE_SYSTEM, HERTS, ava, key(),
                new AssessmentSteps.FinalPlan(LocalDate.of(2026, 6, 22), avaPlan));

        String bo = request("SEN2-BO", "Bo", LocalDate.of(2026, 5, 4), 2, true);
        assessments.decide(CASE_SYSTEM, HERTS, bo, key(), new AssessmentSteps.Decision(
                AssessmentSteps.RequestOutcome.N, LocalDate.of(2026, 5, 20)));
        request("SEN2-CY", "Cy", LocalDate.of(2026, 11, 2), 3, true);

        plan("SEN2-DEE", "Dee", LocalDate.of(2019, 3, 14), "FINAL", true);
        plan("SEN2-ELI", "Eli", LocalDate.of(2018, 9, 1), "CEASED", true);
        plan("SEN2-FAY", "Fay", LocalDate.of(2021, 3, 3), "FINAL", false);
    }

    @Test
    void theCouncilsRecordsBecomeAValidReturnWithTheIncompleteChildListed() {
        Sen2Export.Result result = export.export("herts-case-system", HERTS, "2027", OFFICERS);

        Sen2Report report = result.report();
        assertThat(report.periodStart()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(report.referenceDate()).isEqualTo(LocalDate.of(2027, 1, 21));
        assertThat(report.schemaValid()).isTrue();
        assertThat(report.personsReported()).isEqualTo(5);
        assertThat(report.personsLeftOut()).isEqualTo(1);
        assertThat(report.activePlans()).isEqualTo(2);
        assertThat(report.findings()).extracting(Sen2Finding::row).containsOnly("SEN2-FAY");
        String xml = new String(result.xml(), StandardCharsets.UTF_8);
        assertThat(xml).contains("<LEA>919</LEA>", "<ReferenceDate>2027-01-21</ReferenceDate>", "<DMO>Y</DMO>",
                "<DSCO>N</DSCO>", "<Forename>Ava</Forename>", "<Week20>1</Week20>",
                "<AssessmentOutcomeDate>2026-06-22</AssessmentOutcomeDate>", "<RequestOutcome>N</RequestOutcome>",
                "<RequestOutcome>A</RequestOutcome>", "<CeaseReason>8</CeaseReason>")
                .doesNotContain("Fay");
        assertThat(jdbc.sql("SELECT reason FROM audit_event WHERE action = 'sen2.export' AND subject_id = '919/2027'"
                        + " ORDER BY event_id DESC").query(String.class).list().get(0))
                .isEqualTo("reported=5 leftOut=1 requests=5 activePlans=2 schemaValid=true");
    }

    @Test
    void aYearWhoseCensusDayIsNotKnownIsRefused() {
        refused(() -> export.export("herts-case-system", HERTS, "2031", OFFICERS), Rejection.INVALID_VALUE,
                "year", "sen2-collection-year");
    }

    @Test
    void theDesignatedOfficersMustBeGivenWhenNotSet() {
        refused(() -> export.export("herts-case-system", HERTS, "2027", new ExportHeader(null, "Y", "Y", null)),
                Rejection.VALIDATION_FAILED, "dmo", "required");
        refused(() -> export.export("herts-case-system", HERTS, "2027", new ExportHeader("Q", "Y", "Y", null)),
                Rejection.VALIDATION_FAILED, "dmo", "sen2-designated-officer");
        refused(() -> export.export("herts-case-system", HERTS, "2027", new ExportHeader("Y", "Y", "Y", "1")),
                Rejection.VALIDATION_FAILED, "serialNo", "sen2-serial-no");
    }

    @Test
    void aCouncilNotInTheDirectoryIsRefused() {
        refused(() -> export.export("operator:test", "998", "2027", OFFICERS), Rejection.NOT_FOUND, "council",
                "known-council");
    }

    private static void refused(ThrowingCallable call, Rejection rejection, String field, String rule) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RejectedException.class, e -> {
            assertThat(e.rejection()).isEqualTo(rejection);
            assertThat(e.violations()).anySatisfy(v -> {
                assertThat(v.field()).isEqualTo(field);
                assertThat(v.rule()).isEqualTo(rule);
            });
        });
    }

    private String request(String ref, String name, LocalDate received, int source, boolean sen2Items)
            throws IOException {
        return assessments.request(CASE_SYSTEM, HERTS, key(), new AssessmentSteps.Request(received, source,
                document(ref, name, received, "FINAL", sen2Items).child())).caseId();
    }

    private String plan(String ref, String name, LocalDate issued, String status, boolean sen2Items)
            throws IOException {
        EhcPlan plan = document(ref, name, issued, status, sen2Items);
        plans.submit(CASE_SYSTEM, plan.planId(), key(), plan);
        return plan.planId();
    }

    /** The golden sample plan, for a child of its own (reference, UPN, name) with or without the SEN2 items. */
    private EhcPlan document(String ref, String name, LocalDate issued, String status, boolean sen2Items)
            throws IOException {
        try (InputStream in = getClass().getResourceAsStream(GOLDEN)) {
            ObjectNode plan = (ObjectNode) json.readTree(in);
            plan.put("planId", "P-" + ref);
            plan.put("status", status);
            if ("CEASED".equals(status)) {
                plan.put("ceasedReason", "DECEASED");
            }
            ObjectNode dates = plan.putObject("dates");
            dates.put("requestReceived", issued.minusWeeks(20).toString());
            dates.put("issued", issued.toString());
            ObjectNode child = (ObjectNode) plan.get("child");
            String twelve = "919" + String.format("%09d", Math.abs(ref.hashCode()) % 1_000_000_000);
            child.put("upn", UniquePupilNumber.checkLetter(twelve) + twelve);
            child.put("localCaseReference", ref);
            child.put("givenName", name);
            child.remove("nhsNumber");
            if (sen2Items) {
                child.put("sex", "F");
                child.put("ethnicity", "WBRI");
            }
            return json.treeToValue(plan, EhcPlan.class);
        }
    }

    private static String key() {
        return "k-" + UUID.randomUUID();
    }
}
