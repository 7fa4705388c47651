package org.tongban.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Material references are personal: an e-licence reference carries the holder's ID number
 * ({@code E-LICENCE:350205199003071239}), others a card or certificate number. The scheme and the
 * short words stay readable; every identifier in it (six or more digits, an ID number's X included)
 * is masked as an ID number or a card number is.
 */
public final class MaterialReferences {

    private static final Pattern IDENTIFIER = Pattern.compile("\\d{5,}[\\dXx]");

    private MaterialReferences() {}

    public static String mask(String reference) {
        if (reference == null) {
            return null;
        }
        Matcher m = IDENTIFIER.matcher(reference);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String id = m.group();
            String masked = id.length() >= 14 ? PersonalKind.ID_NUMBER.mask(id) : PersonalKind.keepLast(id, 2);
            m.appendReplacement(out, Matcher.quoteReplacement(masked));
        }
        m.appendTail(out);
        return out.toString();
    }
}
