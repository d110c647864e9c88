package uk.ehcexchange.hub.bulk;

/** Told how far an import has got, after every committed batch; the CLI draws its progress bar from it. */
public interface ImportProgress {

    ImportProgress NONE = new ImportProgress() {
    };

    /**
     * @param committed  what earlier invocations of the same run committed (all zero for a new run)
     * @param totalBytes the file's size
     */
    default void start(ImportCounts committed, long totalBytes) {
    }

    /**
     * @param counts    everything the run has committed so far, earlier invocations included
     * @param bytesRead how far into the file the import has read
     */
    default void update(ImportCounts counts, long bytesRead) {
    }

    default void finish(ImportCounts counts, long bytesRead) {
    }
}
