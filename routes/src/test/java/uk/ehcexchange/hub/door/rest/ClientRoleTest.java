package uk.ehcexchange.hub.door.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.core.ClientRole;
import uk.ehcexchange.hub.door.CallerAuthentication;

/** The role table as the REST door's Spring Security rules apply it ({@link ApiRoleRules}), and over SOAP. */
class ClientRoleTest {

    private final ApiRoleRules rules = new ApiRoleRules();

    /** Columns: the social care team; an educational psychology service and a school (the same calls). */
    @ParameterizedTest(name = "{0} {1}: social care {2}, EP service and school {3}")
    @CsvSource({
            "GET, /api/v1/authorities, true, true",
            "GET, /api/v1/councils/919/advice-requests, true, true",
            "GET, /api/v1/advice-requests/a1b2, true, true",
            "POST, /api/v1/advice-requests/a1b2/status, true, true",
            "POST, /api/v1/advice-requests/a1b2/social-care-assessment, true, false",
            "POST, /api/v1/advice-requests/a1b2/advice, false, true",
            "POST, /api/v1/councils/919/advice-requests, false, false",
            "POST, /api/v1/advice-requests/a1b2/health-advice, false, false",
            "PUT, /api/v1/plans/P-1, false, false",
            "GET, /api/v1/plans/P-1, false, false",
            "GET, /api/v1/councils/919/inbox, false, false",
            "GET, /api/v1/councils/919/inbox/advice, false, false",
            "GET, /api/v1/councils/919/inbox/advice/r1, false, false",
            "POST, /api/v1/transfers, false, false",
            "POST, /api/v1/placement-notifications, false, false",
            "POST, /api/v1/plans/P-1/disclosure-bases, false, false",
            "GET, /api/v1/plans/P-1/disclosure-bases, false, false",
            "GET, /api/v1/advice-requests/a1b2/status/x, false, false",
            "GET, /api/v1/parties/919/clocks, true, true",
            "GET, /api/v1/councils/919/clocks, false, false",
            "GET, /api/v1/councils/919/cases/c1/journey, false, false",
            "POST, /api/v1/councils/919/assessment-requests, false, false",
            "GET, /api/v1/councils/919/sen2/2027, false, false",
            "GET, /api/v1/councils/919/sen2/2027/report, false, false"})
    void teamsAndSchoolsMayMakeOnlyTheirOwnCalls(String method, String path, boolean socialCare, boolean adviser) {
        assertThat(permits(ClientRole.SOCIAL_CARE, method, path)).isEqualTo(socialCare);
        assertThat(permits(ClientRole.EDUCATIONAL_PSYCHOLOGY, method, path)).isEqualTo(adviser);
        assertThat(permits(ClientRole.SCHOOL, method, path)).isEqualTo(adviser);
        assertThat(permits(ClientRole.COUNCIL_SYSTEM, method, path)).isTrue();
    }

    /**
     * Review advice: the social care team and a school list, read and answer the review advice requests addressed to
     * them; an educational psychology service is not asked for review advice (reg 20(2) / 21(2)); none schedules.
     */
    @ParameterizedTest(name = "{0} {1}: social care and school {2}, EP service {3}")
    @CsvSource({
            "GET, /api/v1/review-advice-requests, true, false",
            "GET, /api/v1/review-advice-requests/r1, true, false",
            "POST, /api/v1/review-advice-requests/r1/answer, true, false",
            "POST, /api/v1/councils/919/reviews/v1/advice-requests, false, false",
            "GET, /api/v1/councils/919/reviews/v1, false, false",
            "POST, /api/v1/councils/919/plans/P-1/reviews, false, false"})
    void reviewAdviceIsForTheSocialCareTeamAndSchools(String method, String path, boolean socialCareAndSchool,
                                                      boolean educationalPsychology) {
        assertThat(permits(ClientRole.SOCIAL_CARE, method, path)).isEqualTo(socialCareAndSchool);
        assertThat(permits(ClientRole.SCHOOL, method, path)).isEqualTo(socialCareAndSchool);
        assertThat(permits(ClientRole.EDUCATIONAL_PSYCHOLOGY, method, path)).isEqualTo(educationalPsychology);
    }

    @ParameterizedTest
    @CsvSource({"SubmitAdvice, true", "SubmitSocialCareAssessment, false", "ListInbox, false", "RequestAdvice, false",
            "FetchInboxItem, false", "SubmitPlan, false"})
    void overSoapSchoolsAndEducationalPsychologistsOnlyAnswer(String operation, boolean permitted) {
        assertThat(ClientRole.SCHOOL.permitsSoap(operation)).isEqualTo(permitted);
        assertThat(ClientRole.EDUCATIONAL_PSYCHOLOGY.permitsSoap(operation)).isEqualTo(permitted);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"GET, /api/v1/openapi.yaml, true", "GET, /api/v1/authorities, false", "GET, /api/v1/plans/P-1, false"})
    void withoutACredentialOnlyTheContractIsOpen(String method, String path, boolean permitted) {
        Authentication anonymous = new AnonymousAuthenticationToken("key", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        assertThat(rules.authorize(() -> anonymous, request(method, path)).isGranted()).isEqualTo(permitted);
    }

    @ParameterizedTest
    @CsvSource({"SubmitSocialCareAssessment, true", "SubmitAdvice, false", "ListInbox, false", "SubmitPlan, false",
            "FetchInboxItem, false",
            "NotifyMove, false", "RequestAdvice, false", "NotifyPlacement, false", "AcknowledgeInboxItem, false",
            "RecordDisclosureBasis, false", "SubmitHealthAdvice, false"})
    void overSoapOnlyAssessments(String operation, boolean permitted) {
        assertThat(ClientRole.SOCIAL_CARE.permitsSoap(operation)).isEqualTo(permitted);
        assertThat(ClientRole.COUNCIL_SYSTEM.permitsSoap(operation)).isTrue();
    }

    private boolean permits(ClientRole role, String method, String path) {
        Authentication caller = CallerAuthentication.apiClient(new ClientIdentity("client", "919", role));
        return rules.authorize(() -> caller, request(method, path)).isGranted();
    }

    private static MockHttpServletRequest request(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setServletPath(path);
        return request;
    }
}
