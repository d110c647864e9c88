package uk.ehcexchange.hub.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import uk.ehcexchange.hub.config.HubProperties;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.core.ClientRole;
import uk.ehcexchange.hub.directory.AuthorityDirectory;
import uk.ehcexchange.model.AuthorityKind;

class ApiKeyRegistryTest {

    private final AuthorityDirectory directory = new AuthorityDirectory(new HubProperties(Path.of("data"), false,
            DataSize.ofMegabytes(2), DataSize.ofMegabytes(100), List.of(),
            List.of(new HubProperties.ConfiguredAuthority(AuthorityKind.ICB, "QM7", "An ICB", List.of())),
            null, List.of(), List.of(), false, null, List.of(), null));

    @Test
    void aKeyAuthenticatesAsItsClientAndAuthority() {
        String key = ApiKeys.generate();
        ApiKeyRegistry registry = registry(new HubProperties.Client("herts", "919", ApiKeys.sha256Hex(key)));

        assertThat(registry.authenticate(key)).contains(new ClientIdentity("herts", "919"));
        assertThat(registry.authenticate(ApiKeys.generate())).isEmpty();
        assertThat(registry.authenticate("")).isEmpty();
        assertThat(registry.authenticate(null)).isEmpty();
    }

    @Test
    void aSocialCareTeamAuthenticatesWithItsRole() {
        String key = ApiKeys.generate();
        ApiKeyRegistry registry = registry(new HubProperties.Client("herts-dcs", "919", ApiKeys.sha256Hex(key),
                ClientRole.SOCIAL_CARE));

        assertThat(registry.authenticate(key)).contains(new ClientIdentity("herts-dcs", "919", ClientRole.SOCIAL_CARE));
    }

    @Test
    void onlyACouncilHasASocialCareTeam() {
        assertThatThrownBy(() -> registry(new HubProperties.Client("icb-dcs", "QM7", ApiKeys.sha256Hex("k"),
                ClientRole.SOCIAL_CARE))).hasMessageContaining("QM7 is not a council");
    }

    @Test
    void aSchoolAuthenticatesWithItsEstablishment() {
        String key = ApiKeys.generate();
        ApiKeyRegistry registry = registry(new HubProperties.Client("oakfield", "919", ApiKeys.sha256Hex(key),
                ClientRole.SCHOOL, "117342"));

        assertThat(registry.authenticate(key))
                .contains(new ClientIdentity("oakfield", "919", ClientRole.SCHOOL, "117342"));
    }

    @Test
    void aSchoolWithoutItsUrnOrUkprnIsRefused() {
        assertThatThrownBy(() -> registry(new HubProperties.Client("oakfield", "919", ApiKeys.sha256Hex("k"),
                ClientRole.SCHOOL, null))).hasMessageContaining(".establishment is required for the role school");
        assertThatThrownBy(() -> registry(new HubProperties.Client("oakfield", "919", ApiKeys.sha256Hex("k"),
                ClientRole.SCHOOL, "11734"))).hasMessageContaining(".establishment is required for the role school");
    }

    @Test
    void onlyASchoolNamesAnEstablishment() {
        assertThatThrownBy(() -> registry(new HubProperties.Client("herts-eps", "919", ApiKeys.sha256Hex("k"),
                ClientRole.EDUCATIONAL_PSYCHOLOGY, "117342")))
                .hasMessageContaining("is for the role school only, not educational-psychology");
    }

    @Test
    void onlyACouncilHasAnEducationalPsychologyService() {
        assertThatThrownBy(() -> registry(new HubProperties.Client("icb-eps", "QM7", ApiKeys.sha256Hex("k"),
                ClientRole.EDUCATIONAL_PSYCHOLOGY))).hasMessageContaining("QM7 is not a council");
    }

    @Test
    void noConfiguredClientsMeansNoStart() {
        assertThatThrownBy(() -> new ApiKeyRegistry(List.of(), directory))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No API clients are configured");
    }

    @Test
    void aClientForAnAuthorityOutsideTheDirectoryIsRefused() {
        assertThatThrownBy(() -> registry(new HubProperties.Client("x", "999", ApiKeys.sha256Hex("k"))))
                .hasMessageContaining("'999' is not in the directory");
    }

    @Test
    void aConfiguredKeyMustBeADigestNotTheKeyItself() {
        assertThatThrownBy(() -> registry(new HubProperties.Client("herts", "919", "my-secret-key")))
                .hasMessageContaining("64 lower-case hex digits");
    }

    @Test
    void twoClientsCannotShareAKey() {
        String digest = ApiKeys.sha256Hex("shared");
        assertThatThrownBy(() -> registry(new HubProperties.Client("a", "919", digest),
                new HubProperties.Client("b", "821", digest)))
                .hasMessageContaining("shares its API key");
    }

    private ApiKeyRegistry registry(HubProperties.Client... clients) {
        return new ApiKeyRegistry(List.of(clients), directory);
    }
}
