package org.tongban.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The hash chain: each entry's hash covers its own content, its position and the previous hash. */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);

    private AuditChain() {}

    static String hash(AuditEntry entry, long seq, String prevHash) {
        // Length-prefixed fields, so no two different entries can produce the same input.
        String canonical = Stream.of(
                        String.valueOf(seq),
                        prevHash,
                        String.valueOf(entry.id),
                        String.valueOf(entry.recordedAt),
                        entry.actor,
                        entry.actingClient,
                        entry.actorRole,
                        entry.action,
                        entry.subjectType,
                        entry.subjectId,
                        entry.scopeDistrict,
                        entry.beforeState,
                        entry.afterState)
                .map(field -> Objects.toString(field, "\u0000"))
                .map(field -> field.length() + ":" + field)
                .collect(Collectors.joining("|"));
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** Why an entry does not continue the chain, or null when it does. */
    static String brokenLink(AuditEntry entry, long expectedSeq, String expectedPrevHash) {
        if (entry.seq != expectedSeq) {
            return "entry " + expectedSeq + " of the chain is missing";
        }
        if (!expectedPrevHash.equals(entry.prevHash)) {
            return "the previous-hash link does not match the entry before it";
        }
        if (!hash(entry, entry.seq, entry.prevHash).equals(entry.hash)) {
            return "the entry's content does not match its hash";
        }
        return null;
    }
}
