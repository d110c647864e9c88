package uk.ehcexchange.hub.cli;

import java.io.IOException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code deliveries discard ID --reason TEXT}: a FAILED delivery is given up; nothing will send it. */
@Command(name = "discard", mixinStandardHelpOptions = true,
        description = "Gives up a FAILED delivery, with your reason. Audited with your operator name.")
final class DeliveriesDiscardCommand extends OperatorCommand {

    @Parameters(index = "0", paramLabel = "ID", description = "The delivery's id (from 'deliveries list').")
    String deliveryId;

    @Option(names = "--reason", paramLabel = "TEXT",
            description = "Why it is discarded (kept with the delivery). No personal data.")
    String reason;

    @Mixin
    HubConnectionOptions connection;

    @Override
    int execute() throws CliException, IOException {
        var body = OperatorApi.json().createObjectNode();
        if (reason != null) {
            body.put("reason", reason); // none: the hub refuses, and says why
        }
        DeliveryTable.printOne(out(), new OperatorApi(connection.hub, connection.key()).post("/actuator/deliveries/"
                + OperatorApi.encode(deliveryId) + "/discard", body));
        return OK;
    }
}
