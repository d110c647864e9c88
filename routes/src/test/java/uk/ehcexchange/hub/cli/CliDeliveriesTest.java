package uk.ehcexchange.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code deliveries} says before it reaches a hub; against a running hub see OperatorDeliveriesTest. */
class CliDeliveriesTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyKeyFileIsRefusedWithoutCallingTheHub() throws IOException {
        Path keyFile = Files.writeString(dir.resolve("key"), "\n");

        CliRunner.Result result = CliRunner.run("deliveries", "list", "--key-file", keyFile.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).contains("the operator key is empty");
    }

    @Test
    void aHubThatIsNotThereIsSaidSo() throws IOException {
        Path keyFile = Files.writeString(dir.resolve("key"), "some-key\n");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        CliRunner.Result result = CliRunner.run("deliveries", "retry", "some-id", "--hub",
                "http://127.0.0.1:" + port, "--key-file", keyFile.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).contains("cannot reach the hub's management port");
    }

    @Test
    void statusAndFailedAreEitherOr() {
        assertThat(CliRunner.run("deliveries", "list", "--failed", "--status", "PENDING").exitCode()).isEqualTo(2);
    }
}
