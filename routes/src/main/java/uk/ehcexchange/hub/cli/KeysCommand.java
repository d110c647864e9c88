package uk.ehcexchange.hub.cli;

import picocli.CommandLine.Command;

/** {@code keys}: authority credentials and CRLs from the development CA. */
@Command(name = "keys", mixinStandardHelpOptions = true,
        description = "Authority keys and CRLs issued by a development CA.",
        subcommands = {KeysIssueCommand.class, KeysCrlCommand.class})
final class KeysCommand {
}
