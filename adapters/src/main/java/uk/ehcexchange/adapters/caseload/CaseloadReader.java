package uk.ehcexchange.adapters.caseload;

import java.io.Closeable;
import java.io.IOException;

/**
 * Reads a caseload file one entry at a time, whatever its format: only the current entry is ever in memory, so a file
 * of any size can be read with a small heap. An entry's problems are reported on that entry and never stop the reader;
 * a problem with the file itself ({@link CaseloadFormatException}) does.
 */
public interface CaseloadReader extends Closeable {

    /** @return the next entry, or null at the end of the file */
    CaseloadRow next() throws IOException;

    /**
     * Reads past every entry up to and including {@code number} without mapping them: how an interrupted import
     * resumes.
     *
     * @return the number of the last entry passed over (less than {@code number} if the file ends first)
     */
    long skipThrough(long number) throws IOException;
}
