package org.tongban.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where the bytes of material files live: a directory or an S3-compatible object store. A stored
 * object is complete or absent, never partial: {@link #put} publishes it whole.
 */
public interface FileStore {

    /** Stores the content of {@code source} under {@code key}, replacing nothing (keys are random). */
    void put(String key, Path source, FileType type) throws IOException;

    /** The stored content; the caller closes it. */
    InputStream open(String key) throws IOException;

    /** Removes the object; a missing one is no error (deleting is retried until the row goes too). */
    void delete(String key) throws IOException;
}
