package org.tongban.audit;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The keys of the audit chain: the current one, which seals new entries, and retired ones, kept to
 * verify the entries they sealed. Each entry stores the id of its key, so keys can be rotated
 * without re-sealing anything. Immutable; a malformed key refuses to be built.
 */
final class AuditKeys {

    static final int MIN_KEY_LENGTH = 32;
    private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,40}");

    private final String currentId;
    private final Map<String, byte[]> keys;

    private AuditKeys(String currentId, Map<String, byte[]> keys) {
        this.currentId = currentId;
        this.keys = Map.copyOf(keys);
    }

    /**
     * @param retired {@code id:key} pairs
     * @throws IllegalArgumentException naming what is wrong (never the key itself)
     */
    static AuditKeys of(String currentId, String currentKey, List<String> retired) {
        Map<String, byte[]> keys = new HashMap<>();
        put(keys, currentId, currentKey);
        for (String pair : retired) {
            int colon = pair.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("a retired audit key must be written id:key");
            }
            put(
                    keys,
                    pair.substring(0, colon).strip(),
                    pair.substring(colon + 1).strip());
        }
        return new AuditKeys(currentId, keys);
    }

    static AuditKeys of(AuditConfig config) {
        return of(config.keyId(), config.key(), config.retiredKeys().orElse(List.of()));
    }

    String currentId() {
        return currentId;
    }

    byte[] current() {
        return keys.get(currentId);
    }

    Optional<byte[]> key(String id) {
        return Optional.ofNullable(id == null ? null : keys.get(id));
    }

    private static void put(Map<String, byte[]> keys, String id, String key) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("audit key id '" + id + "' must match " + ID.pattern());
        }
        if (key.length() < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException(
                    "audit key " + id + " is shorter than " + MIN_KEY_LENGTH + " characters");
        }
        if (keys.put(id, key.getBytes(StandardCharsets.UTF_8)) != null) {
            throw new IllegalArgumentException("audit key " + id + " is configured twice");
        }
    }
}
