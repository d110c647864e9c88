package uk.ehcexchange.hub.cli;

/**
 * An operator-facing failure: bad input file, wrong password, a file that would be overwritten. The message is printed
 * as is, so it must name files and options only, never key material or personal data.
 */
final class CliException extends Exception {

    private static final long serialVersionUID = 1L;

    CliException(String message) {
        super(message);
    }

    CliException(String message, Throwable cause) {
        super(message, cause);
    }
}
