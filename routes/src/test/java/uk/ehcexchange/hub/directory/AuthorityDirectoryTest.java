package uk.ehcexchange.hub.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import uk.ehcexchange.hub.config.HubProperties;
import uk.ehcexchange.model.AuthorityKind;

class AuthorityDirectoryTest {

    @Test
    void holdsEveryEnglishCouncilAndTheConfiguredHealthBodies() {
        AuthorityDirectory directory = directory(List.of(
                new HubProperties.ConfiguredAuthority(AuthorityKind.ICB, "QM7", "NHS Hertfordshire and West Essex ICB"),
                new HubProperties.ConfiguredAuthority(AuthorityKind.NHS_TRUST, "RWH", "East and North Hertfordshire NHS Trust")));

        assertThat(directory.all()).filteredOn(a -> a.kind() == AuthorityKind.COUNCIL).hasSize(153);
        assertThat(directory.find("919")).hasValueSatisfying(a -> {
            assertThat(a.name()).isEqualTo("Hertfordshire");
            assertThat(a.gssCode()).isEqualTo("E10000015");
        });
        assertThat(directory.isCouncil("821")).isTrue();
        assertThat(directory.isCouncil("QM7")).isFalse();
        assertThat(directory.find("RWH")).hasValueSatisfying(a -> assertThat(a.kind()).isEqualTo(AuthorityKind.NHS_TRUST));
    }

    @Test
    void aConfiguredAuthorityMustHaveAnOdsCode() {
        assertThatThrownBy(() -> directory(List.of(
                new HubProperties.ConfiguredAuthority(AuthorityKind.ICB, "not an ods code", "x"))))
                .hasMessageContaining("is not an ODS code");
    }

    private static AuthorityDirectory directory(List<HubProperties.ConfiguredAuthority> authorities) {
        return new AuthorityDirectory(new HubProperties(Path.of("data"), false, DataSize.ofMegabytes(2), DataSize.ofMegabytes(100),
                List.of(),
                authorities, null, List.of(), List.of(), false, null, List.of()));
    }
}
