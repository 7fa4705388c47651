package org.tongban.privacy;

import java.util.Arrays;
import java.util.Optional;
import org.tongban.identity.PhoneNumbers;
import org.tongban.identity.ResidentId;

/**
 * What kind of personal data a form field holds, as its JSON Schema declares with {@code
 * "x-personal": "<kind>"}; each kind is masked so that staff can still tell two values apart at a
 * glance (the ID number's issuing division and last four, a card's last four) but not use them.
 */
public enum PersonalKind {
    ID_NUMBER("id-number"),
    BANK_ACCOUNT("bank-account"),
    PHONE("phone"),
    NAME("name"),
    ADDRESS("address");

    /** The schema keyword that declares a field personal. */
    public static final String KEYWORD = "x-personal";

    private final String code;

    PersonalKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<PersonalKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    /** The value as someone who may not see it in full sees it. */
    public String mask(String value) {
        if (value == null) {
            return null;
        }
        return switch (this) {
            case ID_NUMBER -> ResidentId.mask(value);
            case PHONE -> PhoneNumbers.mask(value);
            case BANK_ACCOUNT -> keepLast(value, 4);
            case NAME -> value.isEmpty() ? value : value.substring(0, 1) + "*".repeat(Math.max(1, value.length() - 1));
            // The first few characters name the district and street, never the house.
            case ADDRESS -> value.substring(0, Math.min(6, value.length() / 2)) + "***";
        };
    }

    static String keepLast(String value, int visible) {
        int hidden = Math.max(value.length() - visible, value.length() < 2 * visible ? value.length() : 0);
        return "*".repeat(hidden) + value.substring(hidden);
    }
}
