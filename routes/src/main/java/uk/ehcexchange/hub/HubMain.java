package uk.ehcexchange.hub;

import picocli.CommandLine;
import uk.ehcexchange.hub.cli.OperatorCli;

/**
 * The jar's entry point. One artifact serves two jobs: given an operator command (or {@code help}) it runs the CLI and
 * exits with its code; given anything else it starts the hub exactly as {@link HubApplication} always has, so
 * {@code java -jar ... --spring.profiles.active=demo} is unchanged. The CLI starts no hub: only {@code import-caseload}
 * opens the hub's database, through a small Spring context without the web server, broker or routes.
 */
public final class HubMain {

    private HubMain() {
    }

    public static void main(String[] args) {
        if (runsOperatorCli(args)) {
            System.exit(new CommandLine(new OperatorCli()).execute(args));
        } else {
            // HubApplication.main is SpringApplication.run(HubApplication.class, args); calling it through main keeps
            // Spring's deduced main class, and so the startup log line ("Started HubApplication"), as before.
            HubApplication.main(args);
        }
    }

    /** The dispatch decision, separate from {@code System.exit} so that it can be tested. */
    static boolean runsOperatorCli(String[] args) {
        return OperatorCli.handles(args);
    }
}
