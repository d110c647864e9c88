package uk.ehcexchange.hub.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientRoleTest {

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
            "GET, /api/v1/advice-requests/a1b2/status/x, false"})
    void theSocialCareTeamMayMakeOnlyItsOwnCalls(String method, String path, boolean permitted) {
        assertThat(ClientRole.SOCIAL_CARE.permits(method, path)).isEqualTo(permitted);
        assertThat(ClientRole.COUNCIL_SYSTEM.permits(method, path)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"SubmitSocialCareAssessment, true", "ListInbox, false", "SubmitPlan, false", "FetchInboxItem, false",
            "NotifyMove, false", "RequestAdvice, false", "NotifyPlacement, false", "AcknowledgeInboxItem, false"})
    void overSoapOnlyAssessments(String operation, boolean permitted) {
        assertThat(ClientRole.SOCIAL_CARE.permitsSoap(operation)).isEqualTo(permitted);
        assertThat(ClientRole.COUNCIL_SYSTEM.permitsSoap(operation)).isTrue();
    }
}
