package org.tongban.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/**
 * The audit chain's keys and limits. There is no default key: the production profile refuses to
 * start without one. To rotate, give a new {@code key-id} and {@code key} and move the old pair into
 * {@code retired-keys}, which are only used to verify what they sealed.
 */
@ConfigMapping(prefix = "tongban.audit")
public interface AuditConfig {

    /** Names the key that seals new entries; stored beside each entry ({@code [a-z0-9-]{1,40}}). */
    String keyId();

    /** The HMAC-SHA256 key that seals new entries: at least 32 characters of random text. */
    String key();

    /** Keys that sealed older entries, each {@code id:key}. */
    Optional<List<String>> retiredKeys();

    /** Entries checked at most per verification call (the endpoint and each step of the job). */
    @WithDefault("10000")
    int verifyLimit();
}
