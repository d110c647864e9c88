package uk.ehcexchange.hub.cli;

import picocli.CommandLine.Command;

/** {@code deliveries}: the running hub's failed deliveries, the operators' work list. */
@Command(name = "deliveries", mixinStandardHelpOptions = true,
        description = {"The running hub's outbox, through its management port: list the deliveries that failed for "
                + "good, retry one once the cause is mended, or discard it with a reason.",
                "Needs an operator key (ehc.operators): --key-file FILE or the EHC_OPERATOR_KEY environment variable."},
        subcommands = {DeliveriesListCommand.class, DeliveriesRetryCommand.class, DeliveriesDiscardCommand.class})
final class DeliveriesCommand {
}
