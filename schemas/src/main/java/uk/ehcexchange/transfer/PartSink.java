package uk.ehcexchange.transfer;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where {@link TransferContainerReader} puts each part's bytes as it streams them out of the container, e.g. a
 * temporary file per part. The reader closes each stream it opened when the part ends.
 *
 * <p>Nothing a sink receives is verified until {@link TransferContainerReader#read} returns: parts arrive before
 * the manifest that lists their digests. When {@code read} throws, the caller must discard whatever the sink
 * holds. Names passed to {@link #open} have already passed the naming rules ({@link PartNames}), so they contain
 * no {@code ..}, leading slash or backslash, but a sink should still not use them as file names unchecked.
 */
@FunctionalInterface
public interface PartSink {

    /** A stream for the content of the part called {@code name}. Called at most once per name. */
    OutputStream open(String name) throws IOException;
}
