package org.tongban.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The one {@link FileStore} of the instance, as configured (tongban.files.storage). */
@ApplicationScoped
public class FileStores {

    /** The store configured; every instance of a cluster must be configured alike. */
    public static FileStore of(FilesConfig config) {
        try {
            return switch (config.storage()) {
                case FILESYSTEM -> new FilesystemFileStore(config.directory());
                case S3 -> new S3FileStore(config.s3());
            };
        } catch (IOException e) {
            throw new UncheckedIOException("the file directory " + config.directory() + " cannot be used", e);
        }
    }

    @Produces
    @ApplicationScoped
    FileStore store(FilesConfig config) {
        return of(config);
    }

    void close(@Disposes FileStore store) throws Exception {
        if (store instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
