package uk.ehcexchange.hub.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code deliveries list}: one line per delivery, oldest first. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists deliveries in one status (FAILED unless --status says otherwise), oldest first.")
final class DeliveriesListCommand extends OperatorCommand {

    static final class Which {
        @Option(names = "--failed", description = "The deliveries that failed for good (the default).")
        boolean failed;

        @Option(names = "--status", paramLabel = "STATUS",
                description = "PENDING, DELIVERED, FAILED or DISCARDED.")
        String status;
    }

    @ArgGroup(exclusive = true)
    Which which;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
            description = "At most this many (1 to 1000; default ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    HubConnectionOptions connection;

    @Override
    int execute() throws CliException, IOException {
        String status = which == null || which.status == null ? "FAILED" : which.status;
        JsonNode deliveries = new OperatorApi(connection.hub, connection.key()).get("/actuator/deliveries?status="
                + OperatorApi.encode(status) + "&limit=" + limit);
        DeliveryTable.print(out(), deliveries);
        return OK;
    }
}
