package org.tongban.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.tongban.common.KeyRing;

/**
 * A keyed hash (HMAC-SHA256, hex) of a value that must be found by equality though it is stored
 * encrypted: a citizen's own applications by their ID number. Without the key the hash of a
 * guessed ID number cannot be computed, so the column does not let the (small) space of ID numbers
 * be searched. Thread-safe.
 */
public final class LookupHash {

    private final SecretKeySpec key;

    public LookupHash(String key) {
        this.key = new SecretKeySpec(KeyRing.single("personal-data lookup", key), "HmacSHA256");
    }

    public String of(String value) {
        if (value == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
