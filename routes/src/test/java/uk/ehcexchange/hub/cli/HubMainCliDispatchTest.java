package uk.ehcexchange.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;

import org.junit.jupiter.api.Test;

class HubMainCliDispatchTest {

    @Test
    void helpAndCommandNamesGoToTheCli() {
        for (String first : new String[] {"help", "--help", "-h", "dev-ca", "keys", "fingerprint", "verify-package",
                "verify-receipt", "import-caseload", "generate-caseload", "deliveries"}) {
            assertThat(OperatorCli.handles(new String[] {first, "x"})).as(first).isTrue();
        }
    }

    @Test
    void everythingElseStartsTheHubAsBefore() {
        assertThat(OperatorCli.handles(new String[0])).isFalse();
        assertThat(OperatorCli.handles(new String[] {"--spring.profiles.active=demo"})).isFalse();
        assertThat(OperatorCli.handles(new String[] {"--server.port=8081", "help"})).isFalse();
        assertThat(OperatorCli.handles(new String[] {"verify"})).isFalse();
    }

    @Test
    void hubMainUsesThatDecision() throws Exception {
        // HubMain lives one package up and exits the JVM; its package-private decision method is reached by reflection
        // because this test must live in the cli package.
        Method decision = Class.forName("uk.ehcexchange.hub.HubMain")
                .getDeclaredMethod("runsOperatorCli", String[].class);
        decision.setAccessible(true);
        assertThat(decision.invoke(null, (Object) new String[] {"help"})).isEqualTo(true);
        assertThat(decision.invoke(null, (Object) new String[] {"--spring.profiles.active=demo"})).isEqualTo(false);
    }

    @Test
    void helpListsTheCommandsAndExitsZero() {
        CliRunner.Result result = CliRunner.run("help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("dev-ca", "keys", "fingerprint", "verify-package", "verify-receipt",
                "import-caseload", "generate-caseload", "deliveries");
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitCode2() {
        assertThat(CliRunner.run("fingerprint", "--no-such-option", "x").exitCode()).isEqualTo(2);
    }
}
