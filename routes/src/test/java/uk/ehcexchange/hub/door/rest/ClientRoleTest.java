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

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
            "GET, /api/v1/authorities, true",
            "GET, /api/v1/councils/919/advice-requests, true",
            "GET, /api/v1/advice-requests/a1b2, true",
            "POST, /api/v1/advice-requests/a1b2/status, true",
            "POST, /api/v1/advice-requests/a1b2/social-care-assessment, true",
            "POST, /api/v1/councils/919/advice-requests, false",
            "POST, /api/v1/advice-requests/a1b2/health-advice, false",
            "PUT, /api/v1/plans/P-1, false",
            "GET, /api/v1/plans/P-1, false",
            "GET, /api/v1/councils/919/inbox, false",
            "GET, /api/v1/councils/919/inbox/advice/r1, false",
            "POST, /api/v1/transfers, false",
            "POST, /api/v1/placement-notifications, false",
            "POST, /api/v1/plans/P-1/disclosure-bases, false",
            "GET, /api/v1/plans/P-1/disclosure-bases, false",
            "GET, /api/v1/advice-requests/a1b2/status/x, false",
            "GET, /api/v1/parties/919/clocks, true",
            "GET, /api/v1/councils/919/clocks, false",
            "GET, /api/v1/councils/919/cases/c1/journey, false",
            "POST, /api/v1/councils/919/assessment-requests, false"})
    void theSocialCareTeamMayMakeOnlyItsOwnCalls(String method, String path, boolean permitted) {
        assertThat(permits(ClientRole.SOCIAL_CARE, method, path)).isEqualTo(permitted);
        assertThat(permits(ClientRole.COUNCIL_SYSTEM, method, path)).isTrue();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"GET, /api/v1/openapi.yaml, true", "GET, /api/v1/authorities, false", "GET, /api/v1/plans/P-1, false"})
    void withoutACredentialOnlyTheContractIsOpen(String method, String path, boolean permitted) {
        Authentication anonymous = new AnonymousAuthenticationToken("key", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        assertThat(rules.authorize(() -> anonymous, request(method, path)).isGranted()).isEqualTo(permitted);
    }

    @ParameterizedTest
    @CsvSource({"SubmitSocialCareAssessment, true", "ListInbox, false", "SubmitPlan, false", "FetchInboxItem, false",
            "NotifyMove, false", "RequestAdvice, false", "NotifyPlacement, false", "AcknowledgeInboxItem, false",
            "RecordDisclosureBasis, false"})
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
