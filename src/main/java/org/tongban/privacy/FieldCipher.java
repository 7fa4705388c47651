package org.tongban.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.tongban.common.KeyRing;

/**
 * Encrypts one value for storage with AES-256-GCM (authenticated: a changed byte fails to decrypt
 * rather than reading as something else). Stored as {@code enc:<key id>:<base64 of nonce and
 * ciphertext>}, so the key that wrote a value is known when reading it after a rotation. A value
 * without the prefix was written before encryption and is read as it is, until it is saved again.
 * Thread-safe.
 */
public final class FieldCipher {

    static final String PREFIX = "enc:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] PURPOSE = "tongban personal data AES-256-GCM".getBytes(StandardCharsets.UTF_8);

    private final String currentId;
    private final Map<String, SecretKey> keys = new HashMap<>();
    private final Set<String> retiredIds = new TreeSet<>();
    private final SecureRandom random = new SecureRandom();

    /**
     * One AES-GCM cipher per thread, initialised afresh (key and nonce) for every value: looking the
     * transformation up among the providers cost about a fifth of each decryption, and a list page
     * decrypts up to nine columns of each of its rows. A Cipher is not thread-safe; per thread, it
     * is used by one call at a time.
     */
    private static final ThreadLocal<Cipher> AES_GCM = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    });

    public FieldCipher(KeyRing ring) {
        this.currentId = ring.currentId();
        for (String id : ring.ids()) {
            keys.put(id, new SecretKeySpec(derive(ring.key(id).orElseThrow()), "AES"));
        }
        retiredIds.addAll(keys.keySet());
        retiredIds.remove(currentId);
    }

    public static FieldCipher of(PersonalDataConfig config) {
        return new FieldCipher(KeyRing.of(
                "personal-data",
                config.keyId(),
                config.key(),
                config.retiredKeys().orElse(List.of())));
    }

    public String currentId() {
        return currentId;
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = AES_GCM.get();
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
            return PREFIX + currentId + ":"
                    + Base64.getEncoder().withoutPadding().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored; // written before values were encrypted
        }
        int colon = stored.indexOf(':', PREFIX.length());
        String id = stored.substring(PREFIX.length(), colon);
        SecretKey key = keys.get(id);
        if (key == null) {
            throw new IllegalStateException("A stored value was encrypted with key '" + id
                    + "', which is neither tongban.personal-data.key-id nor among its retired keys");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(colon + 1));
            Cipher cipher = AES_GCM.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "A stored value under key '" + id + "' does not decrypt: altered or not ours");
        }
    }

    /** Whether a stored value is written under the current key (else it is rewritten when rotated). */
    public boolean isCurrent(String stored) {
        return stored == null || stored.startsWith(PREFIX + currentId + ":");
    }

    /** The ids of the keys kept only to read what they encrypted. */
    public Set<String> retiredIds() {
        return Set.copyOf(retiredIds);
    }

    /**
     * Whether the re-encryption job rewrites a stored value under the current key: written in clear
     * before encryption, or under a retired key. A value under a key not configured at all is left as
     * it is: it cannot be read, and reading it reports that.
     */
    public boolean needsRewrite(String stored) {
        if (stored == null) {
            return false;
        }
        if (!stored.startsWith(PREFIX)) {
            return true;
        }
        int colon = stored.indexOf(':', PREFIX.length());
        return colon > 0 && retiredIds.contains(stored.substring(PREFIX.length(), colon));
    }

    /** The configured text becomes a 256-bit AES key whatever its length. */
    private static byte[] derive(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(PURPOSE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
