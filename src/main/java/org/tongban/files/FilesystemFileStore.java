package org.tongban.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Files in a directory, spread over subdirectories by the key's first two characters. Content is
 * copied to a temporary file beside its place and moved there atomically, so a reader (or a crash)
 * never sees half a file.
 */
final class FilesystemFileStore implements FileStore {

    private final Path root;

    FilesystemFileStore(Path root) throws IOException {
        this.root = root.toAbsolutePath();
        Files.createDirectories(this.root);
    }

    @Override
    public void put(String key, Path source, FileType type) throws IOException {
        Path target = path(key);
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling("." + key + "." + UUID.randomUUID() + ".part");
        try {
            Files.copy(source, partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(path(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(path(key));
    }

    private Path path(String key) {
        if (!key.matches("[a-z0-9]{8,80}")) {
            // Keys are made here (random, lower-case base32): anything else is a bug, never a path to follow.
            throw new IllegalArgumentException("not a file key");
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }
}
