package uk.ehcexchange.hub.bulk;

/** Another process moved the same run on while this one was importing; this process's batch rolled back. */
public class ConcurrentImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ConcurrentImportException(ImportRun run) {
        super("another import of the same file (run " + run.runId() + ") moved on meanwhile; this batch was rolled "
                + "back. Run the command again once the other import has stopped.");
    }
}
