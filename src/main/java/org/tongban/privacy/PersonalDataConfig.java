package org.tongban.privacy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/**
 * The keys that protect personal data at rest. There is no default: the production profile refuses
 * to start without them. To rotate, give a new {@code key-id} and {@code key} and move the old pair
 * into {@code retired-keys}: new values are written under the new key, old ones still read (and are
 * rewritten under the new key when next saved, or by the {@link ReencryptionJob}). The lookup key is not rotated this way: equality
 * lookups (a citizen's own applications) find what it hashed.
 */
@ConfigMapping(prefix = "tongban.personal-data")
public interface PersonalDataConfig {

    /** Names the key that encrypts new values; stored beside each value ({@code [a-z0-9-]{1,40}}). */
    String keyId();

    /** Encrypts new values (AES-256-GCM, derived from it): at least 32 characters of random text. */
    String key();

    /** Keys that encrypted older values, each {@code id:key}. */
    Optional<List<String>> retiredKeys();

    /** The HMAC-SHA256 key of the lookup hashes (a citizen's applications by ID number): at least 32 characters. */
    String lookupKey();

    /** Rows the re-encryption job reads and rewrites per transaction. */
    @WithDefault("200")
    int rewritePageSize();

    /** Pages per table and run of the re-encryption job: a larger backlog is rewritten over later runs. */
    @WithDefault("50")
    int rewritePagesPerRun();
}
