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
                new HubProperties.ConfiguredAuthority(AuthorityKind.ICB, "QM7", "NHS Hertfordshire and West Essex ICB", List.of("919")),
                new HubProperties.ConfiguredAuthority(AuthorityKind.NHS_TRUST, "RWH", "East and North Hertfordshire NHS Trust", null)));

        assertThat(directory.all()).filteredOn(a -> a.kind() == AuthorityKind.COUNCIL).hasSize(153);
        assertThat(directory.find("919")).hasValueSatisfying(a -> {
            assertThat(a.name()).isEqualTo("Hertfordshire");
            assertThat(a.gssCode()).isEqualTo("E10000015");
        });
        assertThat(directory.isCouncil("821")).isTrue();
        assertThat(directory.isCouncil("QM7")).isFalse();
        assertThat(directory.find("RWH")).hasValueSatisfying(a -> assertThat(a.kind()).isEqualTo(AuthorityKind.NHS_TRUST));
        assertThat(directory.icbFor("919")).hasValueSatisfying(a -> assertThat(a.code()).isEqualTo("QM7"));
        assertThat(directory.icbFor("821")).isEmpty();
    }

    @Test
    void aCouncilIsInTheAreaOfOneIcbOnly() {
        assertThatThrownBy(() -> directory(List.of(
                new HubProperties.ConfiguredAuthority(AuthorityKind.ICB, "QM7", "one", List.of("919")),
                new HubProperties.ConfiguredAuthority(AuthorityKind.ICB, "QHG", "other", List.of("919")))))
                .hasMessageContaining("council 919 is in the area of both QM7 and QHG");
    }

    @Test
    void onlyAnIcbHasAnAreaAndItListsEnglishCouncils() {
        assertThatThrownBy(() -> directory(List.of(
                new HubProperties.ConfiguredAuthority(AuthorityKind.NHS_TRUST, "RWH", "trust", List.of("919")))))
                .hasMessageContaining("only an ICB has councils in its area");
        assertThatThrownBy(() -> directory(List.of(
                new HubProperties.ConfiguredAuthority(AuthorityKind.ICB, "QM7", "icb", List.of("999")))))
                .hasMessageContaining("'999', which is not an English LA code");
    }

    @Test
    void aConfiguredAuthorityMustHaveAnOdsCode() {
        assertThatThrownBy(() -> directory(List.of(
                new HubProperties.ConfiguredAuthority(AuthorityKind.ICB, "not an ods code", "x", null))))
                .hasMessageContaining("is not an ODS code");
    }

    private static AuthorityDirectory directory(List<HubProperties.ConfiguredAuthority> authorities) {
        return new AuthorityDirectory(new HubProperties(Path.of("data"), false, DataSize.ofMegabytes(2), DataSize.ofMegabytes(100),
                List.of(),
                authorities, null, List.of(), List.of(), false, null, List.of(), null));
    }
}
