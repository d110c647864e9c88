package uk.ehcexchange.hub.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.EnumSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import uk.ehcexchange.hub.delivery.DeliveryKind;
import uk.ehcexchange.hub.delivery.Destination;
import uk.ehcexchange.hub.delivery.Outbox;
import uk.ehcexchange.hub.keys.HubCredentials;
import uk.ehcexchange.hub.transfer.pkg.PackageStore;
import uk.ehcexchange.security.cms.SecurePackageWriter;
import uk.ehcexchange.transfer.ChildIdentifiers;
import uk.ehcexchange.transfer.PartNames;
import uk.ehcexchange.transfer.PartRole;
import uk.ehcexchange.transfer.TransferContainerWriter;
import uk.ehcexchange.transfer.TransferManifestV1;
import uk.ehcexchange.hub.advice.AdviceRequest;
import uk.ehcexchange.hub.advice.AdviceService;
import uk.ehcexchange.hub.advice.NewAdviceRequest;
import uk.ehcexchange.hub.assessment.AssessmentSteps.Decision;
import uk.ehcexchange.hub.assessment.AssessmentSteps.Export;
import uk.ehcexchange.hub.assessment.AssessmentSteps.OpenFromHandOver;
import uk.ehcexchange.hub.assessment.AssessmentSteps.Request;
import uk.ehcexchange.hub.assessment.AssessmentSteps.RequestOutcome;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.hub.inbox.InboxItem;
import uk.ehcexchange.hub.inbox.InboxService;
import uk.ehcexchange.hub.journey.ClockKind;
import uk.ehcexchange.hub.journey.ClockView;
import uk.ehcexchange.hub.journey.JourneyEvent;
import uk.ehcexchange.hub.journey.JourneyReader;
import uk.ehcexchange.hub.journey.JourneyView;
import uk.ehcexchange.hub.transfer.TransferLedger;
import uk.ehcexchange.hub.transfer.TransferStatus;
import uk.ehcexchange.model.AdviceType;
import uk.ehcexchange.model.Authorship;
import uk.ehcexchange.model.Child;
import uk.ehcexchange.model.HealthAdvice;

/**
 * An assessment in progress moves with the family (issue 14 item 3): Hertfordshire (919) exports a case with advice
 * answered, the hand-over travels as a signed package of kind ASSESSMENT through the outbox to Luton's (821) inbox,
 * and Luton opens its own case from it, keeping the health advice. Dates worked by hand: Luton became responsible
 * on Monday 4 May 2026, so it must decide whether to assess by 15 June 2026 (6 weeks, reg 5(1)) and issue a final
 * plan by 21 September 2026 (20 weeks, reg 13(2)); the 16-week clock (reg 10(1)) starts with its decision to
 * assess, due 24 August 2026.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class AssessmentHandOverTest {

    private static final String HERTS = "919";
    private static final String LUTON = "821";
    private static final ClientIdentity HERTS_SYSTEM = new ClientIdentity("herts-case-system", HERTS);
    private static final ClientIdentity LUTON_SYSTEM = new ClientIdentity("luton-case-system", LUTON);
    private static final ClientIdentity TRUST = new ClientIdentity("trust-RY4", "RY4");
    private static final Child CHILD = new Child("9993110469", "U919236820041", null, "HCC-0-25-118842", "Theo",
            "Marchetti-Hale", LocalDate.of(2016, 5, 9), "SG13 7QX");

    private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);
    private static final LocalDate MOVED = LocalDate.of(2026, 5, 4);
    private static final String HEALTH_PART = "advice/1-health-advice.json";

    @DynamicPropertySource
    static void hub(DynamicPropertyRegistry registry) throws Exception {
        String dir = Files.createTempDirectory("ehc-hand-over-test").toString();
        registry.add("ehc.data-dir", () -> dir);
        registry.add("ehc.demo-mode", () -> "true");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:handover;DB_CLOSE_DELAY=-1");
        registry.add("ehc.fhir.token-audience", () -> "https://hub.test/oauth2/token");
        registry.add("ehc.authorities[0].kind", () -> "NHS_TRUST");
        registry.add("ehc.authorities[0].ods-code", () -> "RY4");
        registry.add("ehc.authorities[0].name", () -> "Hertfordshire Community NHS Trust");
    }

    @Autowired AssessmentService assessments;
    @Autowired HandedOverAssessments handedOver;
    @Autowired AdviceService advice;
    @Autowired InboxService inbox;
    @Autowired TransferLedger ledger;
    @Autowired JourneyReader reader;
    @Autowired JdbcClient jdbc;
    @Autowired PackageStore store;
    @Autowired HubCredentials credentials;
    @Autowired Outbox outbox;
    @Autowired TransactionTemplate transaction;

    @Test
    void theRequestAndAdviceTravelAndTheNewCouncilsClocksRunFromTheDayItBecameResponsible() throws Exception {
        String transferId = exportedWithHealthAdvice();

        InboxItem listed = inbox.list(LUTON_SYSTEM, LUTON).stream()
                .filter(i -> i.transferId().equals(transferId)).findFirst().orElseThrow();
        assertThat(listed.kind()).isEqualTo("ASSESSMENT");
        assertThat(listed.planId()).isNull();
        assertThat(listed.deadlines()).isEmpty();
        InboxItem item = inbox.read(LUTON_SYSTEM, LUTON, transferId);
        assertThat(item.plan()).isNull();
        assertThat(item.assessment().receivedOn()).isEqualTo(RECEIVED);
        assertThat(item.assessment().requestSource()).isEqualTo(1);
        assertThat(item.assessment().child().nhsNumber()).isEqualTo(CHILD.nhsNumber());
        assertThat(item.assessment().steps()).extracting(s -> s.kind())
                .containsSubsequence("ASSESSMENT_REQUESTED", "DECIDED_TO_ASSESS");
        assertThat(item.assessment().advice()).singleElement().satisfies(a -> {
            assertThat(a.part()).isEqualTo(HEALTH_PART);
            assertThat(a.adviceType()).isEqualTo("MEDICAL");
        });
        assertThat(item.documents()).extracting(InboxItem.Document::partName)
                .containsExactlyInAnyOrder("assessment/request.json", HEALTH_PART);

        JourneyView luton = handedOver.openCase(LUTON_SYSTEM, LUTON, transferId, key(),
                new OpenFromHandOver(MOVED, List.of(HEALTH_PART)));

        assertThat(luton.council()).isEqualTo(LUTON);
        assertThat(luton.openedOn()).isEqualTo(MOVED);
        assertThat(luton.child().nhsNumber()).isEqualTo(CHILD.nhsNumber());
        assertThat(clock(luton, ClockKind.DECIDE_WHETHER_TO_ASSESS).due()).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(clock(luton, ClockKind.FINAL_PLAN).due()).isEqualTo(LocalDate.of(2026, 9, 21));
        assertThat(luton.clocks()).extracting(ClockView::kind).doesNotContain(ClockKind.ADVICE);
        assertThat(luton.events()).extracting(JourneyEvent::kind)
                .containsExactly("ASSESSMENT_HANDED_OVER", "ADVICE_REUSED");
        assertThat(luton.events().get(1).ref()).isEqualTo(HEALTH_PART);
        assertThat(luton.events().get(1).party()).isEqualTo("RY4");

        JourneyView decided = assessments.decide(LUTON_SYSTEM, LUTON, luton.caseId(), key(),
                new Decision(RequestOutcome.Y, LocalDate.of(2026, 5, 20)));
        assertThat(clock(decided, ClockKind.DECIDE_NOT_TO_ISSUE).due()).isEqualTo(LocalDate.of(2026, 8, 24));

        await().atMost(Duration.ofSeconds(20)).until(() -> ledger.find(transferId).orElseThrow().status(),
                status -> status == TransferStatus.ACKNOWLEDGED);
        String hertsCase = ledger.handedOverCase(transferId).orElseThrow();
        await().atMost(Duration.ofSeconds(20)).until(() -> reader.view(hertsCase).events().stream()
                .map(JourneyEvent::kind).toList(), kinds -> kinds.contains("HAND_OVER_ACKNOWLEDGED"));
        JourneyView herts = reader.view(hertsCase);
        assertThat(herts.events()).filteredOn(e -> e.kind().equals("EXPORTED")).singleElement()
                .satisfies(e -> {
                    assertThat(e.party()).isEqualTo(LUTON);
                    assertThat(e.ref()).isEqualTo(transferId);
                });
        assertThat(herts.events()).extracting(JourneyEvent::kind)
                .containsSubsequence("EXPORTED", "HAND_OVER_DELIVERED", "HAND_OVER_ACKNOWLEDGED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM disclosure_basis WHERE case_id = ? AND council = '919' AND"
                        + " purpose = 'ASSESSMENT_HAND_OVER' AND kind = 'STATUTORY_DUTY' AND recipient = '821'")
                .param(hertsCase).query(Integer.class).single()).as("the disclosure's basis").isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'disclosure.assessment-hand-over'"
                        + " AND subject_id = ?").param(transferId).query(Integer.class).single())
                .as("the audit entry naming it").isEqualTo(1);
    }

    @Test
    void anExportToACouncilTheHubCannotEncryptForIsRefusedAndNothingMoves() {
        String caseId = assessing();
        refused(() -> assessments.export(HERTS_SYSTEM, HERTS, caseId, key(), new Export("886", MOVED)),
                Rejection.VALIDATION_FAILED, "toCouncil", "reachable-council");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM transfer WHERE case_id = ?").param(caseId)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void openingWithoutTheDayOfBecomingResponsibleIsRefused() throws Exception {
        String transferId = exportedWithHealthAdvice();
        expectViolation(() -> handedOver.openCase(LUTON_SYSTEM, LUTON, transferId, key(),
                new OpenFromHandOver(null, List.of())), "receivedOn", "required");
    }

    @Test
    void openingOnAFutureDayIsRefused() throws Exception {
        String transferId = exportedWithHealthAdvice();
        expectViolation(() -> handedOver.openCase(LUTON_SYSTEM, LUTON, transferId, key(),
                new OpenFromHandOver(LocalDate.now().plusDays(3), List.of())), "receivedOn", "not-in-future");
    }

    @Test
    void becomingResponsibleBeforeTheMoveIsRefused() throws Exception {
        String transferId = exportedWithHealthAdvice();
        expectViolation(() -> handedOver.openCase(LUTON_SYSTEM, LUTON, transferId, key(),
                new OpenFromHandOver(MOVED.minusDays(1), List.of())), "receivedOn", "not-before-move");
        assertThat(inbox.read(LUTON_SYSTEM, LUTON, transferId).openedCaseId()).as("nothing left behind").isNull();
    }

    @Test
    void reusingAdviceThePackageDoesNotCarryIsRefused() throws Exception {
        String transferId = exportedWithHealthAdvice();
        expectViolation(() -> handedOver.openCase(LUTON_SYSTEM, LUTON, transferId, key(),
                new OpenFromHandOver(MOVED, List.of("advice/9-psychological-advice.json"))), "reuse[0]",
                "carried-advice");
    }

    @Test
    void reusingTheSameAdviceTwiceIsRefused() throws Exception {
        String transferId = exportedWithHealthAdvice();
        expectViolation(() -> handedOver.openCase(LUTON_SYSTEM, LUTON, transferId, key(),
                new OpenFromHandOver(MOVED, List.of(HEALTH_PART, HEALTH_PART))), "reuse[1]", "unique");
    }

    @Test
    void aSecondCaseFromOneHandOverIsRefused() throws Exception {
        String transferId = exportedWithHealthAdvice();
        handedOver.openCase(LUTON_SYSTEM, LUTON, transferId, key(), new OpenFromHandOver(MOVED, List.of()));
        refused(() -> handedOver.openCase(LUTON_SYSTEM, LUTON, transferId, key(),
                new OpenFromHandOver(MOVED, List.of())), Rejection.CONFLICT, "transferId", "one-case-per-hand-over");
    }

    @Test
    void anotherCouncilCannotOpenACaseFromLutonsHandOver() throws Exception {
        String transferId = exportedWithHealthAdvice();
        ClientIdentity hertsForItself = HERTS_SYSTEM;
        refused(() -> handedOver.openCase(hertsForItself, HERTS, transferId, key(),
                new OpenFromHandOver(MOVED, List.of())), Rejection.NOT_FOUND, "transferId", "known-transfer");
    }

    @Test
    void aHandOverHasNoPlanForThePlanOnlyFormats() throws Exception {
        String transferId = exportedWithHealthAdvice();
        InboxItem item = inbox.read(LUTON_SYSTEM, LUTON, transferId);
        refused(() -> InboxService.planOf(item), Rejection.CONFLICT, "transferId", "plan-transfer");
    }

    @Test
    void aHandOverWhoseRequestIsNotUsableIsRejectedByTheReceivingSideAndTheOldCaseSaysSo() throws Exception {
        String caseId = assessing();
        String transferId = UUID.randomUUID().toString();
        ledger.openHandOver(transferId, caseId, HERTS, LUTON, MOVED, MOVED, "{}", Instant.now());
        try (OutputStream out = Files.newOutputStream(store.outbound(transferId));
             OutputStream sealed = new SecurePackageWriter().open(out, credentials.tenant(HERTS).signer(),
                     credentials.tenant(LUTON).certificate());
             TransferContainerWriter container = new TransferContainerWriter(sealed)) {
            container.addPart(PartNames.ASSESSMENT_REQUEST, PartRole.ASSESSMENT_REQUEST, "application/json",
                    new ByteArrayInputStream("{\"receivedOn\":\"2026-03-02\",\"requestSource\":9}"
                            .getBytes(StandardCharsets.UTF_8)));
            container.finish(TransferManifestV1.assessmentWithoutParts(UUID.fromString(transferId), HERTS, LUTON,
                    new ChildIdentifiers(null, null, null, caseId), MOVED, MOVED, LocalDate.now(), Instant.now()));
        }
        ledger.advance(transferId, EnumSet.of(TransferStatus.REQUESTED), TransferStatus.SENT, Instant.now(), "test");
        transaction.executeWithoutResult(status -> outbox.schedule(new Outbox.NewDelivery(DeliveryKind.TRANSFER,
                transferId, Destination.council(LUTON), "TRANSFER " + transferId, null, null)));

        await().atMost(Duration.ofSeconds(20)).until(() -> ledger.find(transferId).orElseThrow().status(),
                status -> status == TransferStatus.REJECTED);
        assertThat(ledger.find(transferId).orElseThrow().reason()).isEqualTo("invalid-assessment-request");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM inbound_transfer WHERE transfer_id = ?").param(transferId)
                .query(Integer.class).single()).as("nothing stored").isZero();
        assertThat(reader.view(caseId).events()).extracting(JourneyEvent::kind).contains("HAND_OVER_REJECTED");
    }

    /** 919's case: requested, decided, health advice asked and answered, then exported to 821; delivered. */
    private String exportedWithHealthAdvice() {
        String caseId = assessing();
        AdviceRequest asked = advice.request(HERTS_SYSTEM, HERTS, key(), new NewAdviceRequest(AdviceType.MEDICAL,
                "RY4", CHILD, null, null, LocalDate.of(2026, 4, 13), null, caseId));
        advice.answer(TRUST, asked.requestId(), key(), new HealthAdvice("HA-" + asked.requestId().substring(0, 8),
                asked.requestId(), CHILD, new Authorship(null, "Adviser", "Trust", LocalDate.of(2026, 4, 20)), "RY4",
                List.of("Theo needs support with fine motor skills."), List.of(), List.of(), List.of()));
        JourneyView exported = assessments.export(HERTS_SYSTEM, HERTS, caseId, key(), new Export(LUTON, MOVED));
        String transferId = exported.events().stream().filter(e -> e.kind().equals("EXPORTED")).findFirst()
                .orElseThrow().ref();
        await().atMost(Duration.ofSeconds(20)).until(() -> ledger.find(transferId).orElseThrow().status(),
                status -> status == TransferStatus.DELIVERED || status == TransferStatus.REJECTED);
        assertThat(ledger.find(transferId).orElseThrow().status()).isEqualTo(TransferStatus.DELIVERED);
        return transferId;
    }

    private String assessing() {
        String caseId = assessments.request(HERTS_SYSTEM, HERTS, key(), new Request(RECEIVED, 1, CHILD)).caseId();
        assessments.decide(HERTS_SYSTEM, HERTS, caseId, key(), new Decision(RequestOutcome.Y,
                LocalDate.of(2026, 4, 10)));
        return caseId;
    }

    private static ClockView clock(JourneyView view, ClockKind kind) {
        return view.clocks().stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }

    private static void refused(Runnable call, Rejection rejection, String field, String rule) {
        RejectedException e = catchThrowableOfType(call::run, RejectedException.class);
        assertThat(e).as("refused").isNotNull();
        assertThat(e.rejection()).isEqualTo(rejection);
        assertThat(e.violations()).anySatisfy(v -> {
            assertThat(v.field()).isEqualTo(field);
            assertThat(v.rule()).isEqualTo(rule);
        });
    }

    private static void expectViolation(Runnable call, String field, String rule) {
        refused(call, Rejection.VALIDATION_FAILED, field, rule);
    }

    private static String key() {
        return "test-" + UUID.randomUUID();
    }
}
