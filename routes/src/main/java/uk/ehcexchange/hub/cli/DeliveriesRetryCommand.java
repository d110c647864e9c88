package uk.ehcexchange.hub.cli;

import java.io.IOException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code deliveries retry ID}: a FAILED delivery goes again, with a fresh count of attempts. */
@Command(name = "retry", mixinStandardHelpOptions = true,
        description = "Sends a FAILED delivery again, once the cause is mended. Audited with your operator name.")
final class DeliveriesRetryCommand extends OperatorCommand {

    @Parameters(index = "0", paramLabel = "ID", description = "The delivery's id (from 'deliveries list').")
    String deliveryId;

    @Mixin
    HubConnectionOptions connection;

    @Override
    int execute() throws CliException, IOException {
        DeliveryTable.printOne(out(), new OperatorApi(connection.hub, connection.key()).post("/actuator/deliveries/"
                + OperatorApi.encode(deliveryId) + "/retry", OperatorApi.json().createObjectNode()));
        return OK;
    }
}
