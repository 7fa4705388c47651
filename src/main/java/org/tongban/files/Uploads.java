package org.tongban.files;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.jboss.logging.Logger;
import org.tongban.common.Clocks;
import org.tongban.common.FieldError;
import org.tongban.common.Message;
import org.tongban.common.ProblemException;
import org.tongban.identity.Caller;

/**
 * Takes one uploaded file: checked (size, kind read from the content), hashed, stored, then
 * recorded. The object is stored before its row is written, and removed again when the row cannot
 * be, so there is never a row without its object nor (but for a crash between the two) an object
 * without its row.
 */
@ApplicationScoped
public class Uploads {

    private static final Logger LOG = Logger.getLogger(Uploads.class);

    @Inject
    FileStore store;

    @Inject
    FilesConfig config;

    @Inject
    Clock clock;

    private final SecureRandom random = new SecureRandom();

    public FileView upload(Caller caller, Path uploaded) {
        try {
            FileType type = accepted(uploaded);
            String sha256 = sha256(uploaded);
            var file = new MaterialFile();
            file.id = newId();
            file.storageKey = file.id;
            file.uploadedBy = caller.subject();
            file.mediaType = type.mediaType();
            file.sizeBytes = Files.size(uploaded);
            file.sha256 = sha256;
            file.uploadedAt = Clocks.utcNow(clock);
            file.expiresAt = file.uploadedAt.plus(config.unattachedFor());
            store.put(file.storageKey, uploaded, type);
            try {
                QuarkusTransaction.requiringNew().run(file::persist);
            } catch (RuntimeException e) {
                deleteQuietly(file.storageKey);
                throw e;
            }
            return FileView.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be stored", e);
        }
    }

    /** The file's kind, when it is one accepted and within the size limit; else the problem to answer. */
    private FileType accepted(Path uploaded) throws IOException {
        long size = Files.size(uploaded);
        long max = config.maxSize().asLongValue();
        if (size > max) {
            throw new ProblemException(
                    413,
                    "file-too-large",
                    Message.of("file.too-large", size, max),
                    List.of(new FieldError("file", "file-too-large", "file.at-most", max)));
        }
        if (size == 0) {
            throw ProblemException.unprocessable(
                    Message.of("file.empty"), List.of(new FieldError("file", "empty-file", "file.no-content")));
        }
        return ContentSniffer.sniff(uploaded)
                .filter(config.types()::contains)
                .orElseThrow(() -> new ProblemException(
                        415,
                        "unsupported-file-type",
                        Message.of("file.unsupported-type", config.types()),
                        List.of(new FieldError("file", "unsupported-file-type", "file.accepted", config.types()))));
    }

    private String newId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String sha256(Path file) throws IOException {
        try (var in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    void deleteQuietly(String key) {
        try {
            store.delete(key);
        } catch (IOException | RuntimeException e) {
            // Left for an operator: the object has no row, so nothing ever points at it.
            LOG.warnf(e, "Stored file %s has no row and could not be removed", key);
        }
    }
}
