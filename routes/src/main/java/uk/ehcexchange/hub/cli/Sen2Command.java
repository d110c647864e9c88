package uk.ehcexchange.hub.cli;

import picocli.CommandLine.Command;

/** {@code sen2}: a council's SEN2 person-level return, made by the running hub from its own records. */
@Command(name = "sen2", mixinStandardHelpOptions = true,
        description = {"A council's SEN2 person-level return (DfE, each January), made by the running hub from its "
                + "own records, through its management port.",
                "Needs an operator key (ehc.operators): --key-file FILE or the EHC_OPERATOR_KEY environment variable."},
        subcommands = {Sen2ExportCommand.class})
final class Sen2Command {
}
