package uk.ehcexchange.hub.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of every executable subcommand. It turns an expected failure into one {@code error: ...} line and exit code 1
 * instead of picocli's default stack trace: operators need the reason, and a stack trace of a keystore failure says
 * nothing more useful. Usage errors stay with picocli (exit code 2).
 */
abstract class OperatorCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int FAILED = 1;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        try {
            return execute();
        } catch (CliException e) {
            err().println("error: " + e.getMessage());
            return FAILED;
        } catch (java.io.IOException e) {
            // I/O messages name the file (e.g. NoSuchFileException), never its content.
            err().println("error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return FAILED;
        }
    }

    /** Runs the command; returns the exit code. */
    abstract int execute() throws CliException, java.io.IOException;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
