package uk.ehcexchange.hub.cli;

import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The hub's operator commands: a development PKI, fingerprints, offline verification of packages and receipts,
 * bulk import of a council's caseload, and the running hub's failed deliveries and councils' SEN2 returns (through
 * its management port).
 * Runs from the hub's own jar (see {@code uk.ehcexchange.hub.HubMain}), so operators verify with exactly the code the
 * hub uses.
 */
@Command(name = "ehc-hub", mixinStandardHelpOptions = true, version = "EHC Exchange hub operator CLI",
        description = "Operator commands of the EHC Exchange hub. Run without a command to start the hub.",
        subcommands = {DevCaCommand.class, KeysCommand.class, FingerprintCommand.class, VerifyPackageCommand.class,
                VerifyReceiptCommand.class, ImportCaseloadCommand.class, GenerateCaseloadCommand.class,
                DeliveriesCommand.class, Sen2Command.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:rejected or failed", "2:usage error"})
public final class OperatorCli implements Runnable {

    private static final Set<String> HELP = Set.of("help", "--help", "-h");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** {@code ehc-hub} on its own has nothing to do: show the commands. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    /**
     * Whether these process arguments are meant for the CLI rather than the hub: the first one names a command or asks
     * for help. Anything else (no arguments, {@code --spring.profiles.active=demo}) starts the hub as before.
     */
    public static boolean handles(String[] args) {
        if (args == null || args.length == 0 || args[0] == null) {
            return false;
        }
        return HELP.contains(args[0]) || commandNames().contains(args[0]);
    }

    static Set<String> commandNames() {
        return new CommandLine(new OperatorCli()).getSubcommands().keySet();
    }
}
