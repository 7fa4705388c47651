package org.tongban.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.common.KeyRing;

class FieldCipherTest {

    static final String OLD = "an-old-personal-data-key-of-enough-length";
    static final String NEW = "a-new-personal-data-key-of-enough-length!";

    private static FieldCipher cipher(String id, String key, String... retired) {
        return new FieldCipher(KeyRing.of("personal-data", id, key, List.of(retired)));
    }

    @Test
    void aValueIsStoredUnreadableWithItsKeyIdAndReadsBack() {
        FieldCipher cipher = cipher("k1", OLD);
        String stored = cipher.encrypt("350205199003071239");
        assertThat(stored)
                .startsWith("enc:k1:")
                .doesNotContain("350205199003071239")
                .doesNotContain("1239");
        assertThat(cipher.encrypt("350205199003071239"))
                .as("a fresh nonce each time")
                .isNotEqualTo(stored);
        assertThat(cipher.decrypt(stored)).isEqualTo("350205199003071239");
        assertThat(cipher.decrypt(cipher.encrypt("陈晓明"))).isEqualTo("陈晓明");
    }

    @Test
    void afterARotationOldValuesStillReadAndNewOnesUseTheNewKey() {
        String old = cipher("k1", OLD).encrypt("13800000001");
        FieldCipher rotated = cipher("k2", NEW, "k1:" + OLD);
        assertThat(rotated.decrypt(old)).isEqualTo("13800000001");
        assertThat(rotated.isCurrent(old)).isFalse();
        assertThat(rotated.encrypt("13800000001")).startsWith("enc:k2:");
        assertThatThrownBy(() -> cipher("k2", NEW).decrypt(old))
                .hasMessageContaining("'k1'")
                .hasMessageNotContaining(OLD);
    }

    @Test
    void theReencryptionJobRewritesWhatIsUnderARetiredKeyOrInClearOnly() {
        String old = cipher("k1", OLD).encrypt("13800000001");
        FieldCipher rotated = cipher("k2", NEW, "k1:" + OLD);
        assertThat(rotated.retiredIds()).containsExactly("k1");
        assertThat(rotated.needsRewrite(old)).isTrue();
        assertThat(rotated.needsRewrite("13800000001"))
                .as("in clear, from before encryption")
                .isTrue();
        assertThat(rotated.needsRewrite(rotated.encrypt("13800000001"))).isFalse();
        assertThat(rotated.needsRewrite(cipher("k3", NEW).encrypt("13800000001")))
                .as("under a key not configured: unreadable, left as it is")
                .isFalse();
        assertThat(rotated.needsRewrite(null)).isFalse();
    }

    @Test
    void anAlteredValueDoesNotDecryptToSomethingElse() {
        FieldCipher cipher = cipher("k1", OLD);
        String stored = cipher.encrypt("6222020402012345678");
        char last = stored.charAt(stored.length() - 1);
        String altered = stored.substring(0, stored.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertThatThrownBy(() -> cipher.decrypt(altered)).hasMessageContaining("does not decrypt");
    }

    @Test
    void aValueWrittenBeforeEncryptionReadsAsItIs() {
        assertThat(cipher("k1", OLD).decrypt("13800000001")).isEqualTo("13800000001");
        assertThat(cipher("k1", OLD).decrypt(null)).isNull();
    }

    @Test
    void theLookupHashIsKeyedAndStable() {
        var hash = new LookupHash(OLD);
        assertThat(hash.of("350205199003071239"))
                .isEqualTo(hash.of("350205199003071239"))
                .hasSize(64)
                .isNotEqualTo(new LookupHash(NEW).of("350205199003071239"));
        assertThatThrownBy(() -> new LookupHash("short")).hasMessageContaining("shorter than 32");
    }
}
