package uk.ehcexchange.hub.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.ehcexchange.hub.config.OperatorProperties.Operator;

class OperatorRegistryTest {

    @Test
    void aKeyAuthenticatesAsItsOperatorAndNothingElseDoes() {
        String key = ApiKeys.generate();
        OperatorRegistry registry = new OperatorRegistry(List.of(new Operator("alice", ApiKeys.sha256Hex(key))),
                Set.of());

        assertThat(registry.authenticate(key)).contains("alice");
        assertThat(registry.authenticate(ApiKeys.generate())).isEmpty();
        assertThat(registry.authenticate("")).isEmpty();
        assertThat(registry.authenticate(null)).isEmpty();
    }

    @Test
    void noOperatorsMeansNoKeyOpensTheDoor() {
        OperatorRegistry registry = new OperatorRegistry(List.of(), Set.of());

        assertThat(registry.isEmpty()).isTrue();
        assertThat(registry.authenticate(ApiKeys.generate())).isEmpty();
    }

    @Test
    void anOperatorNeedsAPlainName() {
        assertThatThrownBy(() -> new OperatorRegistry(List.of(new Operator("", digest())), Set.of()))
                .hasMessageContaining("ehc.operators: every operator needs a name");
        assertThatThrownBy(() -> new OperatorRegistry(List.of(new Operator("alice\nbob", digest())), Set.of()))
                .hasMessageContaining("every operator needs a name");
    }

    @Test
    void theDigestMustBeSha256Hex() {
        assertThatThrownBy(() -> new OperatorRegistry(List.of(new Operator("alice", "not-hex")), Set.of()))
                .hasMessageContaining("ehc.operators[alice].api-key-sha256 must be 64 lower-case hex digits");
    }

    @Test
    void twoOperatorsMayNotShareANameOrAKey() {
        String digest = digest();
        assertThatThrownBy(() -> new OperatorRegistry(List.of(new Operator("alice", digest),
                new Operator("alice", digest())), Set.of())).hasMessageContaining("configured twice");
        assertThatThrownBy(() -> new OperatorRegistry(List.of(new Operator("alice", digest),
                new Operator("bob", digest)), Set.of())).hasMessageContaining("shares its key with another operator");
    }

    @Test
    void anOperatorKeyMayNotBeAnApiClientsKey() {
        String digest = digest();
        assertThatThrownBy(() -> new OperatorRegistry(List.of(new Operator("alice", digest)), Set.of(digest)))
                .hasMessageContaining("shares its key with an API client");
    }

    private static String digest() {
        return ApiKeys.sha256Hex(ApiKeys.generate());
    }
}
