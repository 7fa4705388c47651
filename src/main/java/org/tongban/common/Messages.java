package org.tongban.common;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The service's two languages and its texts for people, from the {@code messages} bundle:
 * {@code messages.properties} is Chinese (zh-CN, the default), {@code messages_en.properties}
 * English. No fallback to the JVM's locale, so a server running in English still answers Chinese
 * to a client that asks for nothing.
 */
public final class Messages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

    /**
     * Keys with this prefix are the JSON Schema validator's (networknt), from its own bundle, which
     * has both languages: what a form value breaks is said the way the validator says it.
     */
    public static final String SCHEMA_VALIDATOR = "jsv:";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {}

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("messages", supported(locale), NO_FALLBACK);
    }

    public static String text(Locale locale, Message message) {
        return text(locale, message.key(), message.args().toArray());
    }

    /** The text under {@code key} with its placeholders filled; numbers and dates are written as on the wire. */
    public static String text(Locale locale, String key, Object... args) {
        String pattern = key.startsWith(SCHEMA_VALIDATOR)
                ? ResourceBundle.getBundle("jsv-messages", supported(locale), NO_FALLBACK)
                        .getString(key.substring(SCHEMA_VALIDATOR.length()))
                : bundle(locale).getString(key);
        boolean english = ENGLISH.equals(supported(locale));
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // MessageFormat would group digits (2,026) and write dates its own way: keep values as
            // sent; a name in both languages is given in the reader's.
            plain[i] =
                    args[i] instanceof LocalizedText name ? (english ? name.en() : name.zh()) : String.valueOf(args[i]);
        }
        return new MessageFormat(pattern, supported(locale)).format(plain);
    }

    /** The title of a problem with this status: its reason phrase, in {@code locale} where the bundle has it. */
    public static String title(Locale locale, int status) {
        ResourceBundle bundle = bundle(locale);
        String key = "status." + status;
        if (bundle.containsKey(key)) {
            return bundle.getString(key);
        }
        var reason = Response.Status.fromStatusCode(status);
        return reason == null ? "HTTP " + status : reason.getReasonPhrase();
    }

    /**
     * The language an {@code Accept-Language} header asks for (RFC 9110 §12.5.4, q-values respected):
     * English when it is preferred over Chinese, Chinese otherwise — also when the header is missing,
     * malformed or names neither.
     */
    public static Locale preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return CHINESE;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            return CHINESE;
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() == 0) {
                continue;
            }
            String tag = range.getRange();
            if (tag.equals("en") || tag.startsWith("en-")) {
                return ENGLISH;
            }
            if (tag.equals("zh") || tag.startsWith("zh-") || tag.equals("*")) {
                return CHINESE;
            }
        }
        return CHINESE;
    }

    /** The language the request asked for, from its {@code Accept-Language}. */
    public static Locale preferred(HttpHeaders headers) {
        return preferred(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** Says in which language an answer is, and that it depends on {@code Accept-Language}. */
    public static Response.ResponseBuilder localized(Response.ResponseBuilder response, Locale locale) {
        return response.header(HttpHeaders.CONTENT_LANGUAGE, tag(locale))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    }

    /** The stored form of a language ({@code zh-CN}, {@code en}), as in Content-Language. */
    public static String tag(Locale locale) {
        return supported(locale).toLanguageTag();
    }

    public static Locale ofTag(String tag) {
        return tag != null && tag.startsWith("en") ? ENGLISH : CHINESE;
    }

    private static Locale supported(Locale locale) {
        return "en".equals(locale.getLanguage()) ? ENGLISH : CHINESE;
    }
}
