package uk.ehcexchange.hub.door.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ehcexchange.hub.config.HubProperties;
import uk.ehcexchange.hub.dashboard.DashboardViewer;
import uk.ehcexchange.hub.dashboard.DashboardViewer.ViewerKind;
import uk.ehcexchange.hub.directory.AuthorityDirectory;
import uk.ehcexchange.model.AuthorityKind;

/**
 * The claims of a person's ID token make exactly one dashboard viewer or a refusal naming the rule: the default
 * claims (the demo provider's), an Entra ID-style configuration, and one test per refusal.
 */
class ViewerMappingTest {

    private static final String ISSUER = "https://login.example.test/tenant/v2.0";

    private final AuthorityDirectory directory = new AuthorityDirectory(new HubProperties(null, false, null, null,
            List.of(), List.of(new HubProperties.ConfiguredAuthority(AuthorityKind.ICB, "QM7",
                    "NHS Hertfordshire and West Essex ICB", List.of("919"))),
            null, List.of(), List.of(), true, null, List.of(), null));
    private final ViewerMapping defaults = new ViewerMapping(settings("ehc_organisation", "roles", null), directory);

    @Test
    void aCouncilPersonIsACouncilViewerWithAPseudonymNotTheirSubject() {
        DashboardViewer viewer = viewer(defaults.map(ISSUER, Map.of("sub", "abc-123", "name", "Sam Demo",
                "roles", List.of("EHC.Dashboard.Council", "Something.Else"), "ehc_organisation", "919")));

        assertThat(viewer.kind()).isEqualTo(ViewerKind.COUNCIL);
        assertThat(viewer.organisation()).isEqualTo("919");
        assertThat(viewer.displayName()).isEqualTo("Sam Demo");
        assertThat(viewer.subjectId()).startsWith("sha256:").hasSize(39).doesNotContain("abc-123")
                .isEqualTo(ViewerMapping.pseudonym(ISSUER, "abc-123"));
        assertThat(viewer.toString()).doesNotContain("Sam");
    }

    @Test
    void anIcbPersonIsAHealthViewerAndTheOperatorNeedsNoOrganisation() {
        assertThat(viewer(defaults.map(ISSUER, Map.of("sub", "s", "roles", "EHC.Dashboard.Health",
                "ehc_organisation", "QM7"))).kind()).isEqualTo(ViewerKind.HEALTH);
        DashboardViewer operator = viewer(defaults.map(ISSUER, Map.of("sub", "s", "roles", "EHC.Dashboard.Operator")));
        assertThat(operator.kind()).isEqualTo(ViewerKind.OPERATOR);
        assertThat(operator.organisation()).isEqualTo(ViewerMapping.HUB);
    }

    @Test
    void entraIdStyleClaimsMapByTheConfiguredNamesAndRoleTable() {
        ViewerMapping entra = new ViewerMapping(settings("extension_laCode", "roles",
                Map.of("Dashboard.Send", ViewerKind.COUNCIL)), directory);

        DashboardViewer viewer = viewer(entra.map(ISSUER, Map.of("oid", "0f8e-guid", "sub", "pairwise",
                "roles", List.of("Dashboard.Send"), "extension_laCode", "821")));

        assertThat(viewer.organisation()).isEqualTo("821");
        assertThat(refusal(entra.map(ISSUER, Map.of("sub", "s", "roles", List.of("EHC.Dashboard.Council"),
                "extension_laCode", "821")))).isEqualTo(SignInRefusal.NO_ROLE);
    }

    @Test
    void noAcceptedRoleIsRefused() {
        assertThat(refusal(defaults.map(ISSUER, Map.of("sub", "s", "ehc_organisation", "919"))))
                .isEqualTo(SignInRefusal.NO_ROLE);
    }

    @Test
    void twoKindsOfRoleAreRefused() {
        assertThat(refusal(defaults.map(ISSUER, Map.of("sub", "s", "ehc_organisation", "919",
                "roles", List.of("EHC.Dashboard.Council", "EHC.Dashboard.Operator")))))
                .isEqualTo(SignInRefusal.TWO_ROLES);
    }

    @Test
    void noOrganisationIsRefused() {
        assertThat(refusal(defaults.map(ISSUER, Map.of("sub", "s", "roles", "EHC.Dashboard.Council"))))
                .isEqualTo(SignInRefusal.NO_ORGANISATION);
    }

    @Test
    void anOrganisationTheHubDoesNotKnowIsRefused() {
        assertThat(refusal(defaults.map(ISSUER, Map.of("sub", "s", "roles", "EHC.Dashboard.Health",
                "ehc_organisation", "RXX99")))).isEqualTo(SignInRefusal.UNKNOWN_ORGANISATION);
    }

    @Test
    void anOrganisationOfTheWrongKindIsRefused() {
        assertThat(refusal(defaults.map(ISSUER, Map.of("sub", "s", "roles", "EHC.Dashboard.Council",
                "ehc_organisation", "QM7")))).isEqualTo(SignInRefusal.UNKNOWN_ORGANISATION);
        assertThat(refusal(defaults.map(ISSUER, Map.of("sub", "s", "roles", "EHC.Dashboard.Health",
                "ehc_organisation", "919")))).isEqualTo(SignInRefusal.UNKNOWN_ORGANISATION);
    }

    @Test
    void noSubjectIsRefused() {
        assertThat(refusal(defaults.map(ISSUER, Map.of("roles", "EHC.Dashboard.Operator"))))
                .isEqualTo(SignInRefusal.NO_SUBJECT);
    }

    private static SignInProperties settings(String organisationClaim, String roleClaim,
                                             Map<String, ViewerKind> roles) {
        return new SignInProperties(URI.create(ISSUER), "client", "secret", List.of("openid"), null, null, null,
                organisationClaim, roleClaim, roles, "sub", "name", Duration.ofMinutes(30), true);
    }

    private static DashboardViewer viewer(ViewerMapping.Mapped mapped) {
        assertThat(mapped).isInstanceOf(ViewerMapping.Viewer.class);
        return ((ViewerMapping.Viewer) mapped).viewer();
    }

    private static SignInRefusal refusal(ViewerMapping.Mapped mapped) {
        assertThat(mapped).isInstanceOf(ViewerMapping.Refused.class);
        return ((ViewerMapping.Refused) mapped).refusal();
    }
}
