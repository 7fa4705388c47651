package org.tongban.licences;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A material's reference to an e-licence: {@code E-LICENCE:<type>:<number>}. */
public record LicenceReference(LicenceType type, String number) {

    /**
     * The reference as a regular expression, for validation annotations and the materials check. It
     * spells out every {@link LicenceType} (an annotation needs a constant; a unit test keeps the two
     * in step).
     */
    public static final String PATTERN =
            "E-LICENCE:(ID_CARD|HOUSEHOLD_REGISTER|MARRIAGE_CERTIFICATE|PROPERTY_CERTIFICATE):([A-Za-z0-9-]{1,80})";

    private static final Pattern PARSED = Pattern.compile(PATTERN);

    /** The reference, when the text is a well-formed one. */
    public static Optional<LicenceReference> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = PARSED.matcher(text);
        return m.matches()
                ? Optional.of(new LicenceReference(LicenceType.valueOf(m.group(1)), m.group(2)))
                : Optional.empty();
    }

    @Override
    public String toString() {
        return "E-LICENCE:" + type + ":" + number;
    }
}
