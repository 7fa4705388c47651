package org.tongban.identity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An 18-digit resident identity number (公民身份号码, GB 11643): 6-digit division code, birth date,
 * sequence, and an ISO 7064 MOD 11-2 check character. {@link #toString()} is masked so the full
 * number cannot reach a log by accident.
 */
public final class ResidentId {

    private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    private final String value;

    private ResidentId(String value) {
        this.value = value;
    }

    /** Empty when the number is malformed, has an impossible birth date, or a wrong check digit. */
    public static Optional<ResidentId> parse(String candidate) {
        if (candidate == null) {
            return Optional.empty();
        }
        String normalised = candidate.trim().toUpperCase();
        if (!SHAPE.matcher(normalised).matches() || birthDateOf(normalised).isEmpty()) {
            return Optional.empty();
        }
        return checkCharacter(normalised) == normalised.charAt(17)
                ? Optional.of(new ResidentId(normalised))
                : Optional.empty();
    }

    public static boolean isValid(String candidate) {
        return parse(candidate).isPresent();
    }

    /** First 6 and last 4 visible: enough for a clerk to compare with a card, not to reuse. */
    public static String mask(String number) {
        if (number == null || number.length() < 10) {
            return number == null ? null : "*".repeat(number.length());
        }
        return number.substring(0, 6) + "*".repeat(number.length() - 10) + number.substring(number.length() - 4);
    }

    public String value() {
        return value;
    }

    public String masked() {
        return mask(value);
    }

    public String divisionCode() {
        return value.substring(0, 6);
    }

    public LocalDate birthDate() {
        return birthDateOf(value).orElseThrow();
    }

    /** GB 11643: the sequence code's last digit (the 17th) is odd for men, even for women. */
    public boolean isMale() {
        return (value.charAt(16) - '0') % 2 == 1;
    }

    static char checkCharacter(String number) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static Optional<LocalDate> birthDateOf(String number) {
        try {
            LocalDate date = LocalDate.parse(number.substring(6, 14), DateTimeFormatter.BASIC_ISO_DATE);
            return date.getYear() >= 1900 ? Optional.of(date) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResidentId id && id.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
