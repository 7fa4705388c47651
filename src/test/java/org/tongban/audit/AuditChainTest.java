package org.tongban.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The keyed chain: seals need the key, keys rotate, entries from before keys stay verifiable. */
class AuditChainTest {

    static final String KEY_1 = "first-key-of-at-least-thirty-two-chars";
    static final String KEY_2 = "second-key-of-at-least-thirty-two-chars";
    static final AuditKeys BEFORE_ROTATION = AuditKeys.of("k1", KEY_1, List.of());
    static final AuditKeys AFTER_ROTATION = AuditKeys.of("k2", KEY_2, List.of("k1:" + KEY_1));

    @Test
    void entriesSealedBeforeARotationStillVerifyAfterIt() {
        AuditEntry first = sealed(1, AuditChain.GENESIS, BEFORE_ROTATION);
        AuditEntry second = sealed(2, first.hash, AFTER_ROTATION);
        assertThat(AuditChain.brokenLink(first, 1, AuditChain.GENESIS, AFTER_ROTATION, 0))
                .isNull();
        assertThat(AuditChain.brokenLink(second, 2, first.hash, AFTER_ROTATION, 0))
                .isNull();
        assertThat(first.keyId).isEqualTo("k1");
        assertThat(second.keyId).isEqualTo("k2");
    }

    @Test
    void anEntryWhoseKeyIsNoLongerConfiguredIsReported() {
        AuditEntry entry = sealed(1, AuditChain.GENESIS, BEFORE_ROTATION);
        var withoutK1 = AuditKeys.of("k2", KEY_2, List.of());
        assertThat(AuditChain.brokenLink(entry, 1, AuditChain.GENESIS, withoutK1, 0))
                .isEqualTo("the entry was sealed with key k1, which is not configured");
    }

    @Test
    void aSealCannotBeMadeWithoutTheKey() {
        AuditEntry entry = sealed(1, AuditChain.GENESIS, AFTER_ROTATION);
        entry.actor = "someone-else";
        entry.hash = AuditChain.unkeyedHash(entry, 1, AuditChain.GENESIS);
        assertThat(AuditChain.brokenLink(entry, 1, AuditChain.GENESIS, AFTER_ROTATION, 0))
                .isEqualTo("the entry's content does not match its hash");
        entry.hash = AuditChain.seal(
                entry,
                1,
                AuditChain.GENESIS,
                "a-guessed-key-of-thirty-two-characters".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(AuditChain.brokenLink(entry, 1, AuditChain.GENESIS, AFTER_ROTATION, 0))
                .isEqualTo("the entry's content does not match its hash");
    }

    @Test
    void unkeyedEntriesAreAcceptedOnlyWhereTheChainWasUnkeyed() {
        AuditEntry legacy = entry(1);
        legacy.seq = 1L;
        legacy.prevHash = AuditChain.GENESIS;
        legacy.hash = AuditChain.unkeyedHash(legacy, 1, AuditChain.GENESIS);
        assertThat(AuditChain.brokenLink(legacy, 1, AuditChain.GENESIS, AFTER_ROTATION, 1))
                .isNull();
        assertThat(AuditChain.brokenLink(legacy, 1, AuditChain.GENESIS, AFTER_ROTATION, 0))
                .startsWith("the entry carries no key id");
    }

    @Test
    void keysMustBeLongNamedAndUnique() {
        assertThatThrownBy(() -> AuditKeys.of("k1", "short", List.of()))
                .hasMessage("audit key k1 is shorter than 32 characters");
        assertThatThrownBy(() -> AuditKeys.of("K 1", KEY_1, List.of())).hasMessageContaining("must match");
        assertThatThrownBy(() -> AuditKeys.of("k1", KEY_1, List.of("k1:" + KEY_2)))
                .hasMessage("audit key k1 is configured twice");
        assertThatThrownBy(() -> AuditKeys.of("k1", KEY_1, List.of(KEY_2))).hasMessageContaining("id:key");
    }

    private static AuditEntry sealed(long seq, String prevHash, AuditKeys keys) {
        AuditEntry entry = entry(seq);
        entry.seq = seq;
        entry.prevHash = prevHash;
        entry.keyId = keys.currentId();
        entry.hash = AuditChain.seal(entry, seq, prevHash, keys.current());
        return entry;
    }

    private static AuditEntry entry(long id) {
        var entry = new AuditEntry();
        entry.id = id;
        entry.recordedAt = LocalDateTime.of(2026, 3, 2, 1, 30);
        entry.actor = "clerk-haicang";
        entry.actorRole = "clerk";
        entry.action = "application.accept";
        entry.subjectType = "application";
        entry.subjectId = "350205-20260302-000001";
        entry.afterState = "{\"state\":\"ACCEPTED\"}";
        return entry;
    }
}
