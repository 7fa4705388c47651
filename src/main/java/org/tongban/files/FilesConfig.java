package org.tongban.files;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** Material files: what may be uploaded, how long an unattached upload is kept, and where files are stored. */
@ConfigMapping(prefix = "tongban.files")
public interface FilesConfig {

    /** The largest file accepted. The HTTP limit (quarkus.http.limits.max-body-size) must leave room for it. */
    @WithDefault("20M")
    MemorySize maxSize();

    /** The kinds accepted, as sniffed from the content. */
    @WithDefault("PDF,JPEG,PNG,OFD")
    Set<FileType> types();

    /** How long an upload no submission or supplement has attached is kept; then it is deleted. */
    @WithDefault("24h")
    Duration unattachedFor();

    @WithDefault("filesystem")
    Storage storage();

    /** For {@code storage=filesystem}: the directory (one shared volume for every instance of a cluster). */
    @WithDefault("data/files")
    Path directory();

    S3 s3();

    enum Storage {
        FILESYSTEM,
        S3
    }

    /** For {@code storage=s3}: an S3-compatible object store (AWS S3, MinIO, Ceph RGW, OSS …). */
    interface S3 {

        /** The store's address; empty means AWS S3 itself in {@link #region()}. */
        Optional<URI> endpoint();

        Optional<String> bucket();

        @WithDefault("us-east-1")
        String region();

        Optional<String> accessKey();

        Optional<String> secretKey();

        /** Bucket in the path ({@code endpoint/bucket/key}), as most self-hosted stores need. */
        @WithDefault("true")
        boolean pathStyle();
    }
}
