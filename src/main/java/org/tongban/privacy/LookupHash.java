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

    /**
     * One keyed Mac per thread (doFinal leaves it ready for the next value under the same key):
     * looking the algorithm up among the providers for every value showed in the profile of every
     * citizen's list (one hash per request) and of every save of an application.
     */
    private final ThreadLocal<Mac> macs;

    public LookupHash(String key) {
        SecretKeySpec spec = new SecretKeySpec(KeyRing.single("personal-data lookup", key), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(spec);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    public String of(String value) {
        if (value == null) {
            return null;
        }
        return HexFormat.of().formatHex(macs.get().doFinal(value.getBytes(StandardCharsets.UTF_8)));
    }
}
