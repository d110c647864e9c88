package uk.ehcexchange.hub.bulk;

/**
 * What a run has done with the rows it has committed.
 *
 * @param imported plans created
 * @param present  plans the hub already held, identical: nothing changed
 * @param rejected rows refused; each has lines in the error report
 */
public record ImportCounts(int imported, int present, int rejected) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0);

    public int rows() {
        return imported + present + rejected;
    }

    public ImportCounts plus(ImportCounts other) {
        return new ImportCounts(imported + other.imported, present + other.present, rejected + other.rejected);
    }
}
