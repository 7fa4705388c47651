package org.tongban.audit;

import java.util.List;
import java.util.Optional;
import org.tongban.common.KeyRing;

/**
 * The keys of the audit chain: the current one, which seals new entries, and retired ones, kept to
 * verify the entries they sealed. Each entry stores the id of its key, so keys can be rotated
 * without re-sealing anything. Immutable; a malformed key refuses to be built.
 */
final class AuditKeys {

    static final int MIN_KEY_LENGTH = KeyRing.MIN_KEY_LENGTH;

    private final KeyRing ring;

    private AuditKeys(KeyRing ring) {
        this.ring = ring;
    }

    /**
     * @param retired {@code id:key} pairs
     * @throws IllegalArgumentException naming what is wrong (never the key itself)
     */
    static AuditKeys of(String currentId, String currentKey, List<String> retired) {
        return new AuditKeys(KeyRing.of("audit", currentId, currentKey, retired));
    }

    static AuditKeys of(AuditConfig config) {
        return of(config.keyId(), config.key(), config.retiredKeys().orElse(List.of()));
    }

    String currentId() {
        return ring.currentId();
    }

    byte[] current() {
        return ring.current();
    }

    Optional<byte[]> key(String id) {
        return ring.key(id);
    }
}
