package org.tongban.common;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keys from configuration that rotate: the current one, used for everything new, and retired ones,
 * kept to read what they protected. Whatever a key protects stores the key's id beside it, so a
 * new key never requires rewriting old data at once. Immutable; a malformed key refuses to be built,
 * and no message ever contains a key.
 */
public final class KeyRing {

    public static final int MIN_KEY_LENGTH = 32;
    private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,40}");

    private final String currentId;
    private final Map<String, byte[]> keys;

    private KeyRing(String currentId, Map<String, byte[]> keys) {
        this.currentId = currentId;
        this.keys = Map.copyOf(keys);
    }

    /**
     * @param what names the keys in messages ("audit", "personal-data")
     * @param retired {@code id:key} pairs
     * @throws IllegalArgumentException naming what is wrong (never the key itself)
     */
    public static KeyRing of(String what, String currentId, String currentKey, List<String> retired) {
        Map<String, byte[]> keys = new HashMap<>();
        put(what, keys, currentId, currentKey);
        for (String pair : retired) {
            int colon = pair.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("a retired " + what + " key must be written id:key");
            }
            put(
                    what,
                    keys,
                    pair.substring(0, colon).strip(),
                    pair.substring(colon + 1).strip());
        }
        return new KeyRing(currentId, keys);
    }

    public String currentId() {
        return currentId;
    }

    public byte[] current() {
        return keys.get(currentId);
    }

    /** Every id: the current one and the retired ones. */
    public Set<String> ids() {
        return keys.keySet();
    }

    public Optional<byte[]> key(String id) {
        return Optional.ofNullable(id == null ? null : keys.get(id));
    }

    /** A single key that does not rotate (what it protects would have to be rebuilt): same rules on length. */
    public static byte[] single(String what, String key) {
        if (key.length() < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException(what + " key is shorter than " + MIN_KEY_LENGTH + " characters");
        }
        return key.getBytes(StandardCharsets.UTF_8);
    }

    private static void put(String what, Map<String, byte[]> keys, String id, String key) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(what + " key id '" + id + "' must match " + ID.pattern());
        }
        if (key.length() < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException(
                    what + " key " + id + " is shorter than " + MIN_KEY_LENGTH + " characters");
        }
        if (keys.put(id, key.getBytes(StandardCharsets.UTF_8)) != null) {
            throw new IllegalArgumentException(what + " key " + id + " is configured twice");
        }
    }
}
