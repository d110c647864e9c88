package uk.ehcexchange.hub.cli;

import picocli.CommandLine.Command;

/** {@code dev-ca}: the development certificate authority (a group; see {@link DevCaCreateCommand}). */
@Command(name = "dev-ca", mixinStandardHelpOptions = true,
        description = "A DEVELOPMENT certificate authority for demonstrations and tests. Not for real data.",
        subcommands = DevCaCreateCommand.class)
final class DevCaCommand {
}
