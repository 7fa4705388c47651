package org.tongban.identity;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An organisation's unified social credit code (统一社会信用代码, GB 32100-2015): registering
 * authority (1 character), organisation category (1), the registering office's division code (6),
 * the organisation's identifier (9) and a check character. The check character is
 * {@code 31 - (Σ value(cᵢ) × 3^(i-1) mod 31) mod 31} over the 31-character alphabet of the standard
 * (digits and capital letters without I, O, S, V and Z). Not personal data: it is public on the
 * business licence, so it is never masked.
 */
public final class UnifiedSocialCreditCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final Pattern SHAPE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}");

    private final String value;

    private UnifiedSocialCreditCode(String value) {
        this.value = value;
    }

    /** Empty when the code is malformed or its check character is wrong. */
    public static Optional<UnifiedSocialCreditCode> parse(String candidate) {
        if (candidate == null) {
            return Optional.empty();
        }
        String normalised = candidate.trim().toUpperCase();
        if (!SHAPE.matcher(normalised).matches() || checkCharacter(normalised) != normalised.charAt(17)) {
            return Optional.empty();
        }
        return Optional.of(new UnifiedSocialCreditCode(normalised));
    }

    public static boolean isValid(String candidate) {
        return parse(candidate).isPresent();
    }

    public String value() {
        return value;
    }

    /**
     * The GB/T 39046 A.4 service object the organisation is, from its registering authority and
     * category (GB 32100 Table 1): 2 enterprise (9x except sole traders), 3 public institution (12),
     * 4 social organisation (registered with civil affairs, 5x), 5 administrative organ (11), and 6
     * other for the rest (sole traders, cooperatives, religious, trade-union and foreign bodies…).
     */
    public String serviceObject() {
        return switch (value.substring(0, 2)) {
            case "91" -> "2";
            case "12" -> "3";
            case "51", "52", "53", "59" -> "4";
            case "11" -> "5";
            default -> "6";
        };
    }

    static char checkCharacter(String code) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UnifiedSocialCreditCode code && code.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
