package org.tongban.cases.notices;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A notice's verification code: 130 random bits (at least the 128 the issue asks for, rounded up to
 * whole characters) written as 26 characters of Crockford's base32 — digits and letters without I,
 * L, O and U, so what is read off paper is typed back without confusion — in groups of five. Only
 * its SHA-256 is stored; a verifier types it, in any case, with or without the dashes.
 */
public final class VerificationCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 26;

    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {}

    /** A new code, grouped for printing (XXXXX-XXXXX-XXXXX-XXXXX-XXXXXX). */
    public static String generate() {
        StringBuilder code = new StringBuilder(LENGTH + 4);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 5 == 0 && i < 25) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * The code as compared: without spaces and dashes, upper case, and the letters Crockford's
     * alphabet leaves out read as the digits they look like (O as 0, I and L as 1).
     */
    public static String normalised(String given) {
        return given.replaceAll("[\\s-]", "")
                .toUpperCase(Locale.ROOT)
                .replace('O', '0')
                .replace('I', '1')
                .replace('L', '1');
    }

    /** Whether {@code given} can be a code at all: checked before any lookup. */
    public static boolean wellFormed(String given) {
        String code = normalised(given);
        return code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    /** What is stored and looked up: the SHA-256 of the normalised code, hex. */
    public static String hash(String given) {
        return sha256(normalised(given).getBytes(StandardCharsets.US_ASCII));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }
}
