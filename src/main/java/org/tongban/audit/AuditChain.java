package org.tongban.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed chain: each entry's seal is an HMAC-SHA256, under the key its {@code keyId} names, of
 * its own content, its position and the previous seal. Without the key nobody — a database
 * administrator included — can alter, insert or remove an entry and produce seals that verify.
 * Entries sealed before keys were introduced carry no key id and an unkeyed SHA-256; they are
 * accepted only up to the position recorded when keys came in, and the first keyed seal anchors them.
 */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);

    private AuditChain() {}

    /** Seals an entry at {@code seq} after {@code prevHash} with the key named by its {@code keyId}. */
    static String seal(AuditEntry entry, long seq, String prevHash, byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(canonical(entry, seq, prevHash)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every JVM", e);
        }
    }

    /** Why an entry does not continue the chain, or null when it does. */
    static String brokenLink(
            AuditEntry entry, long expectedSeq, String expectedPrevHash, AuditKeys keys, long legacyThroughSeq) {
        if (entry.seq != expectedSeq) {
            return "entry " + expectedSeq + " of the chain is missing";
        }
        if (!expectedPrevHash.equals(entry.prevHash)) {
            return "the previous-hash link does not match the entry before it";
        }
        String expected;
        if (entry.keyId == null) {
            if (entry.seq > legacyThroughSeq) {
                return "the entry carries no key id, which only entries sealed before keys were introduced may";
            }
            expected = unkeyedHash(entry, entry.seq, entry.prevHash);
        } else {
            var key = keys.key(entry.keyId);
            if (key.isEmpty()) {
                return "the entry was sealed with key " + entry.keyId + ", which is not configured";
            }
            expected = seal(entry, entry.seq, entry.prevHash, key.get());
        }
        if (entry.hash == null
                || !MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII), entry.hash.getBytes(StandardCharsets.US_ASCII))) {
            return "the entry's content does not match its hash";
        }
        return null;
    }

    /** How entries were chained before keys: SHA-256 of the same canonical text. */
    static String unkeyedHash(AuditEntry entry, long seq, String prevHash) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(canonical(entry, seq, prevHash)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /**
     * Length-prefixed fields, so no two different entries give the same input; the key id is
     * covered too, except on unkeyed entries, whose text stays what it was when they were chained.
     */
    static byte[] canonical(AuditEntry entry, long seq, String prevHash) {
        List<Object> fields = new ArrayList<>(
                List.of(String.valueOf(seq), prevHash, String.valueOf(entry.id), String.valueOf(entry.recordedAt)));
        fields.addAll(Arrays.asList(
                entry.actor,
                entry.actingClient,
                entry.actorRole,
                entry.action,
                entry.subjectType,
                entry.subjectId,
                entry.scopeDistrict,
                entry.beforeState,
                entry.afterState));
        if (entry.keyId != null) {
            fields.add(entry.keyId);
        }
        return fields.stream()
                .map(field -> Objects.toString(field, "\u0000"))
                .map(field -> field.length() + ":" + field)
                .collect(Collectors.joining("|"))
                .getBytes(StandardCharsets.UTF_8);
    }
}
