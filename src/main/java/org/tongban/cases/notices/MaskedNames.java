package org.tongban.cases.notices;

import org.tongban.catalog.ApplicantKind;

/**
 * The only personal data a public verification shows: a person's name with all but its first
 * character masked (陈小明 → 陈**), enough for the holder of the paper to recognise it and useless
 * for looking anyone up. An organisation's name is public and shown as it is.
 */
final class MaskedNames {

    private MaskedNames() {}

    static String of(ApplicantKind kind, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        if (kind == ApplicantKind.ORGANISATION) {
            return name;
        }
        String trimmed = name.strip();
        int first = Character.charCount(trimmed.codePointAt(0));
        return trimmed.substring(0, first) + "*".repeat(Math.max(1, trimmed.codePointCount(first, trimmed.length())));
    }
}
