package uk.ehcexchange.hub.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.core.ClientRole;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.hub.journey.CaseClock;
import uk.ehcexchange.hub.journey.CaseStatus;
import uk.ehcexchange.hub.journey.ClockKind;
import uk.ehcexchange.hub.journey.ClockStatus;
import uk.ehcexchange.hub.journey.JourneyCases;
import uk.ehcexchange.hub.journey.ClockView;
import uk.ehcexchange.hub.journey.JourneyEvent;
import uk.ehcexchange.hub.journey.JourneyReader;
import uk.ehcexchange.hub.journey.JourneyRepository;
import uk.ehcexchange.hub.journey.WaitingOn;
import uk.ehcexchange.model.AdviceDocument;
import uk.ehcexchange.model.AdviceType;
import uk.ehcexchange.model.Adviser;
import uk.ehcexchange.model.Authorship;
import uk.ehcexchange.model.Child;
import uk.ehcexchange.model.DatedSection;
import uk.ehcexchange.model.HealthAdvice;
import uk.ehcexchange.model.SocialCareAssessment;
import uk.ehcexchange.statutory.AssessmentClock;
import uk.ehcexchange.statutory.BankHolidays;
import uk.ehcexchange.statutory.WorkingDayCalendar;

/**
 * Advice of every reg 6(1) kind on the real embedded database: who may be asked for what, who sees and answers what
 * (the role table), every kind reaching COMPLETED, and the ADVICE clock of a request made in a child's case.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class AdviceServiceTest {

    private static final String HERTS = "919";
    private static final String LUTON = "821";
    private static final String TRUST = "RY4";
    private static final String OAKFIELD = "117342";
    private static final String OTHER_SCHOOL = "117999";

    private static final ClientIdentity COUNCIL = new ClientIdentity("herts-case-system", HERTS);
    private static final ClientIdentity LUTON_COUNCIL = new ClientIdentity("luton-case-system", LUTON);
    private static final ClientIdentity TRUST_SYSTEM = new ClientIdentity("trust-RY4", TRUST);
    private static final ClientIdentity SOCIAL_CARE = new ClientIdentity("herts-dcs", HERTS, ClientRole.SOCIAL_CARE);
    private static final ClientIdentity EP_SERVICE =
            new ClientIdentity("herts-eps", HERTS, ClientRole.EDUCATIONAL_PSYCHOLOGY);
    private static final ClientIdentity LUTON_EP_SERVICE =
            new ClientIdentity("luton-eps", LUTON, ClientRole.EDUCATIONAL_PSYCHOLOGY);
    private static final ClientIdentity SCHOOL = new ClientIdentity("oakfield", HERTS, ClientRole.SCHOOL, OAKFIELD);
    private static final ClientIdentity OTHER = new ClientIdentity("elmwood", HERTS, ClientRole.SCHOOL, OTHER_SCHOOL);

    private static final Child THEO = new Child("9993110469", "U919236820041", null, null, "Theo", "Marchetti-Hale",
            LocalDate.of(2016, 5, 9), "SG13 7QX");

    @DynamicPropertySource
    static void hub(DynamicPropertyRegistry registry) {
        registry.add("ehc.data-dir", () -> tempDir());
        registry.add("ehc.demo-mode", () -> "true");
        registry.add("ehc.fhir.token-audience", () -> "https://hub.test/oauth2/token");
        registry.add("ehc.authorities[0].kind", () -> "NHS_TRUST");
        registry.add("ehc.authorities[0].ods-code", () -> TRUST);
        registry.add("ehc.authorities[0].name", () -> "Hertfordshire Community NHS Trust");
    }

    private static String tempDir() {
        try {
            return Files.createTempDirectory("ehc-advice").toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Autowired AdviceService advice;
    @Autowired JourneyCases cases;
    @Autowired JourneyRepository journeys;
    @Autowired JourneyReader reader;
    @Autowired TransactionTemplate transaction;
    @Autowired Clock clock;

    @Test
    void everyKindIsAnsweredByThePartyAskedAndEndsCompleted() {
        answerAndExpectCompleted(ask(AdviceType.MEDICAL, TRUST, null), TRUST_SYSTEM);
        answerAndExpectCompleted(ask(AdviceType.SOCIAL_CARE, HERTS, null), SOCIAL_CARE);
        answerAndExpectCompleted(ask(AdviceType.PSYCHOLOGICAL, HERTS, null), EP_SERVICE);
        answerAndExpectCompleted(ask(AdviceType.EDUCATIONAL, HERTS, OAKFIELD), SCHOOL);
        answerAndExpectCompleted(ask(AdviceType.HEAD_TEACHER_OR_PRINCIPAL, HERTS, OAKFIELD), SCHOOL);
        answerAndExpectCompleted(ask(AdviceType.PARENT_OR_YOUNG_PERSON, HERTS, null), COUNCIL);
        answerAndExpectCompleted(ask(AdviceType.SENSORY_IMPAIRMENT, HERTS, null), COUNCIL);
        answerAndExpectCompleted(ask(AdviceType.PREPARING_FOR_ADULTHOOD, LUTON, null), LUTON_COUNCIL);
        answerAndExpectCompleted(ask(AdviceType.OTHER, TRUST, null), TRUST_SYSTEM);
    }

    @Test
    void aCouncilSystemAnswersForItsOwnTeamOrSchoolThatHasNoClient() {
        answerAndExpectCompleted(ask(AdviceType.PSYCHOLOGICAL, HERTS, null), COUNCIL);
        answerAndExpectCompleted(ask(AdviceType.EDUCATIONAL, HERTS, OAKFIELD), COUNCIL);
    }

    @Test
    void aSchoolSeesOnlyTheRequestsAddressedToItself() {
        AdviceRequest ours = ask(AdviceType.EDUCATIONAL, HERTS, OAKFIELD);
        AdviceRequest theirs = ask(AdviceType.EDUCATIONAL, HERTS, OTHER_SCHOOL);
        AdviceRequest psychological = ask(AdviceType.PSYCHOLOGICAL, HERTS, null);

        assertThat(advice.requestedBy(SCHOOL, HERTS)).extracting(AdviceRequest::requestId)
                .contains(ours.requestId()).doesNotContain(theirs.requestId(), psychological.requestId());
        assertThat(advice.find(SCHOOL, ours.requestId()).requestId()).isEqualTo(ours.requestId());
    }

    @Test
    void anotherSchoolsRequestIsNotFound() {
        AdviceRequest theirs = ask(AdviceType.EDUCATIONAL, HERTS, OTHER_SCHOOL);

        expectNotFound(() -> advice.find(SCHOOL, theirs.requestId()));
        expectNotFound(() -> advice.answer(SCHOOL, theirs.requestId(), key(), document(theirs)));
        expectNotFound(() -> advice.changeStatus(SCHOOL, theirs.requestId(), AdviceRequestStatus.ACCEPTED));
    }

    @Test
    void aSchoolSeesNoOtherKindOfAdviceAddressedToItsCouncil() {
        AdviceRequest psychological = ask(AdviceType.PSYCHOLOGICAL, HERTS, null);

        expectNotFound(() -> advice.answer(SCHOOL, psychological.requestId(), key(), document(psychological)));
    }

    @Test
    void anEducationalPsychologyServiceSeesNoSchoolsOrSocialCareRequests() {
        AdviceRequest educational = ask(AdviceType.EDUCATIONAL, HERTS, OAKFIELD);
        AdviceRequest socialCare = ask(AdviceType.SOCIAL_CARE, HERTS, null);

        expectNotFound(() -> advice.answer(EP_SERVICE, educational.requestId(), key(), document(educational)));
        expectNotFound(() -> advice.find(EP_SERVICE, socialCare.requestId()));
    }

    @Test
    void anotherCouncilsServiceSeesNothingAddressedToThisCouncil() {
        AdviceRequest psychological = ask(AdviceType.PSYCHOLOGICAL, HERTS, null);

        expectNotFound(() -> advice.answer(LUTON_EP_SERVICE, psychological.requestId(), key(),
                document(psychological)));
        expectNotFound(() -> advice.answer(LUTON_COUNCIL, psychological.requestId(), key(),
                document(psychological)));
    }

    @Test
    void aTeamCannotCancelWhatItWasAsked() {
        AdviceRequest psychological = ask(AdviceType.PSYCHOLOGICAL, HERTS, null);

        assertThatThrownBy(() -> advice.changeStatus(EP_SERVICE, psychological.requestId(),
                AdviceRequestStatus.CANCELLED)).isInstanceOfSatisfying(RejectedException.class,
                e -> assertThat(e.rejection()).isEqualTo(Rejection.VALIDATION_FAILED));
    }

    @Test
    void educationalAdviceNamesTheSchoolAsked() {
        expectViolation(() -> ask(AdviceType.EDUCATIONAL, HERTS, null), "establishment", "required");
    }

    @Test
    void anEstablishmentIsAUrnOrUkprn() {
        expectViolation(() -> ask(AdviceType.EDUCATIONAL, HERTS, "OAK1"), "establishment", "establishment-format");
    }

    @Test
    void onlyEducationalAdviceNamesASchool() {
        expectViolation(() -> ask(AdviceType.PSYCHOLOGICAL, HERTS, OAKFIELD), "establishment",
                "establishment-for-educational-advice");
    }

    @Test
    void educationalAdviceIsNotAskedOfATrust() {
        expectViolation(() -> ask(AdviceType.EDUCATIONAL, TRUST, OAKFIELD), "recipient", "recipient-fits-advice-type");
    }

    @Test
    void theFamilysViewsAreRecordedByTheCouncilThatAsks() {
        expectViolation(() -> ask(AdviceType.PARENT_OR_YOUNG_PERSON, LUTON, null), "recipient",
                "recipient-fits-advice-type");
    }

    @Test
    void psychologicalAdviceIsNotASocialCareAssessment() {
        AdviceRequest psychological = ask(AdviceType.PSYCHOLOGICAL, HERTS, null);

        assertThatThrownBy(() -> advice.answer(COUNCIL, psychological.requestId(), key(),
                socialCareAssessment(psychological))).isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.rejection()).isEqualTo(Rejection.VALIDATION_FAILED);
                    assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.rule()).isEqualTo("advice-kind-fits-request");
                        assertThat(v.message()).contains("answered with an AdviceDocument");
                    });
                });
    }

    @Test
    void anAdviceDocumentIsOfTheKindAskedFor() {
        AdviceRequest psychological = ask(AdviceType.PSYCHOLOGICAL, HERTS, null);
        AdviceDocument educational = withType(document(psychological), AdviceType.EDUCATIONAL);

        expectViolation(() -> advice.answer(EP_SERVICE, psychological.requestId(), key(), educational),
                "adviceType", "matches-request");
    }

    @Test
    void anAdviceDocumentCannotCarryHealthAdvice() {
        AdviceRequest medical = ask(AdviceType.MEDICAL, TRUST, null);

        assertThatThrownBy(() -> advice.answer(TRUST_SYSTEM, medical.requestId(), key(),
                withType(document(medical), AdviceType.MEDICAL))).isInstanceOf(RejectedException.class);
        assertThat(advice.find(TRUST_SYSTEM, medical.requestId()).status()).isEqualTo(AdviceRequestStatus.REQUESTED);
    }

    @Test
    void askingInACaseOpensItsAdviceClockAndAnsweringClosesIt() {
        String caseId = openCase(HERTS);
        AdviceRequest request = ask(AdviceType.EDUCATIONAL, HERTS, OAKFIELD, caseId);

        CaseClock open = adviceClock(caseId, request);
        assertThat(open.status()).isEqualTo(ClockStatus.OPEN);
        assertThat(open.dueOn()).isEqualTo(request.dueOn())
                .isEqualTo(new AssessmentClock(new WorkingDayCalendar(BankHolidays.englandAndWales()))
                        .adviceBy(request.requestedOn()).date());
        assertThat(open.waitingOn()).isEqualTo(new WaitingOn(WaitingOn.Role.SCHOOL, OAKFIELD));

        advice.answer(SCHOOL, request.requestId(), key(), document(request));

        CaseClock closed = adviceClock(caseId, request);
        assertThat(closed.status()).isEqualTo(ClockStatus.MET);
        assertThat(closed.metOn()).isEqualTo(LocalDate.now(clock));
        assertThat(journeys.events(caseId)).extracting(JourneyEvent::kind)
                .containsExactly(AdviceJourney.REQUESTED, AdviceJourney.GIVEN);
    }

    @Test
    void aSchoolListsTheClocksWaitingOnItByItsUrnAndNotItsCouncils() {
        String caseId = openCase(HERTS);
        AdviceRequest ours = ask(AdviceType.EDUCATIONAL, HERTS, OAKFIELD, caseId);
        ask(AdviceType.PSYCHOLOGICAL, HERTS, null, caseId);

        assertThat(reader.partyClocks(SCHOOL, OAKFIELD, 40, null)).extracting(ClockView::ref)
                .contains(ours.requestId()).allSatisfy(ref -> assertThat(ref).isNotNull());
        assertThat(reader.partyClocks(EP_SERVICE, HERTS, 40, null)).extracting(ClockView::ref)
                .doesNotContain(ours.requestId());
        assertThatThrownBy(() -> reader.partyClocks(SCHOOL, HERTS, 40, null)).isInstanceOfSatisfying(
                RejectedException.class, e -> assertThat(e.rejection()).isEqualTo(Rejection.NOT_YOUR_AUTHORITY));
    }

    @Test
    void advicePastItsDueDateClosesTheClockLate() {
        String caseId = openCase(HERTS);
        AdviceRequest request = ask(AdviceType.PARENT_OR_YOUNG_PERSON, HERTS, null, caseId,
                LocalDate.now(clock).minusWeeks(7));

        advice.answer(COUNCIL, request.requestId(), key(), document(request));

        assertThat(adviceClock(caseId, request).status()).isEqualTo(ClockStatus.LATE);
        assertThat(adviceClock(caseId, request).waitingOn()).isEqualTo(WaitingOn.family());
    }

    @Test
    void aCancelledRequestNeedsNoAdvice() {
        String caseId = openCase(HERTS);
        AdviceRequest request = ask(AdviceType.SOCIAL_CARE, HERTS, null, caseId);

        advice.changeStatus(COUNCIL, request.requestId(), AdviceRequestStatus.CANCELLED);

        assertThat(adviceClock(caseId, request).status()).isEqualTo(ClockStatus.NOT_NEEDED);
    }

    @Test
    void aRequestNamesOnlyACaseOfItsOwnCouncil() {
        String lutonCase = openCase(LUTON);

        expectViolation(() -> ask(AdviceType.PSYCHOLOGICAL, HERTS, null, lutonCase), "caseId", "own-case");
    }

    // ------------------------------------------------------------------ helpers

    private AdviceRequest ask(AdviceType type, String recipient, String establishment) {
        return ask(type, recipient, establishment, null);
    }

    private AdviceRequest ask(AdviceType type, String recipient, String establishment, String caseId) {
        return ask(type, recipient, establishment, caseId, null);
    }

    private AdviceRequest ask(AdviceType type, String recipient, String establishment, String caseId,
                              LocalDate requestedOn) {
        return advice.request(COUNCIL, HERTS, key(), new NewAdviceRequest(type, recipient, THEO, null, null,
                requestedOn, establishment, caseId));
    }

    private String openCase(String council) {
        return transaction.execute(status -> cases.open(council, THEO, LocalDate.now(clock),
                CaseStatus.ASSESSING)).caseId();
    }

    private CaseClock adviceClock(String caseId, AdviceRequest request) {
        return journeys.findClock(caseId, ClockKind.ADVICE, request.requestId()).orElseThrow();
    }

    private void answerAndExpectCompleted(AdviceRequest request, ClientIdentity responder) {
        AdviceResponse response = switch (request.adviceType()) {
            case MEDICAL -> advice.answer(responder, request.requestId(), key(), healthAdvice(request));
            case SOCIAL_CARE -> advice.answer(responder, request.requestId(), key(), socialCareAssessment(request));
            default -> advice.answer(responder, request.requestId(), key(), document(request));
        };
        assertThat(response.adviceType()).isEqualTo(request.adviceType());
        assertThat(advice.find(COUNCIL, request.requestId()).status()).as(request.adviceType().name())
                .isEqualTo(AdviceRequestStatus.COMPLETED);
    }

    private static AdviceDocument document(AdviceRequest request) {
        return new AdviceDocument("ADV-" + request.requestId().substring(0, 8), request.requestId(),
                request.adviceType(), THEO, new Adviser(null, "Adviser", "Oakfield Primary School", OAKFIELD),
                List.of(new DatedSection("Cognition and learning", "Theo learns best in short structured tasks.",
                        LocalDate.of(2025, 11, 20))), List.of());
    }

    private static AdviceDocument withType(AdviceDocument document, AdviceType type) {
        return new AdviceDocument(document.adviceId(), document.requestReference(), type, document.child(),
                document.adviser(), document.sections(), document.attachments());
    }

    private static HealthAdvice healthAdvice(AdviceRequest request) {
        return new HealthAdvice("HA-" + request.requestId().substring(0, 8), request.requestId(), THEO,
                author(), TRUST, List.of("Theo needs support with fine motor skills."), List.of(), List.of(),
                List.of());
    }

    private static SocialCareAssessment socialCareAssessment(AdviceRequest request) {
        return new SocialCareAssessment("SCA-" + request.requestId().substring(0, 8), request.requestId(), THEO,
                author(), HERTS, List.of("Theo's parents need short breaks."), List.of(), List.of(), List.of());
    }

    private static Authorship author() {
        return new Authorship(null, "Adviser", "Hertfordshire", LocalDate.of(2025, 11, 27));
    }

    private static String key() {
        return "test-" + UUID.randomUUID();
    }

    private static void expectNotFound(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(RejectedException.class, e -> {
            assertThat(e.rejection()).isEqualTo(Rejection.NOT_FOUND);
            assertThat(e.violations()).extracting(v -> v.rule()).containsExactly("known-request");
        });
    }

    private static void expectViolation(Runnable call, String field, String rule) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.violations())
                .anySatisfy(v -> {
                    assertThat(v.field()).isEqualTo(field);
                    assertThat(v.rule()).isEqualTo(rule);
                }));
    }
}
