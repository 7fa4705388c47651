package org.tongban.cases.notices;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The texts of notices, from the {@code notices} bundle: Chinese (zh-CN) by default — the language
 * notices are issued and printed in — and English on request. No fallback to the JVM's locale, so
 * a server running in English still issues Chinese notices.
 */
public final class NoticeTexts {

    public static final Locale ISSUED_IN = Locale.SIMPLIFIED_CHINESE;
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    private NoticeTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("notices", locale, NO_FALLBACK);
    }

    public boolean isEnglish() {
        return "en".equals(locale.getLanguage());
    }

    /** A name given in both languages, in these texts' language (the Chinese where there is no English). */
    public String name(String zh, String en) {
        return isEnglish() && en != null ? en : zh;
    }

    public static NoticeTexts in(Locale locale) {
        return new NoticeTexts(locale);
    }

    public String title(NoticeKind kind) {
        return bundle.getString(kind.name() + ".title");
    }

    public String intro(NoticeKind kind) {
        return bundle.getString(kind.name() + ".intro");
    }

    public String defaultBasis(NoticeKind kind) {
        return bundle.getString(kind.name() + ".basis");
    }

    public String label(String name) {
        return bundle.getString("label." + name);
    }

    /** How a material was handed in, from its reference's kind (PAPER, FILE:…, E-LICENCE:…). */
    public String materialMedium(String reference) {
        String kind = reference.contains(":") ? reference.substring(0, reference.indexOf(':')) : reference;
        String key = "material." + kind;
        return bundle.containsKey(key) ? bundle.getString(key) : kind;
    }

    public Set<String> keys() {
        return bundle.keySet();
    }
}
