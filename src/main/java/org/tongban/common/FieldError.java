package org.tongban.common;

import java.util.Locale;

/**
 * One problem with one part of a request: {@code field} is a path into the request (for example
 * {@code form.monthlyRent} or {@code materials[2].reference}), {@code code} a stable kebab-case code
 * clients can switch on, {@code message} a text for people, rendered in the caller's language at
 * the edge ({@link #in}).
 */
public record FieldError(String field, String code, Message message) {

    /** A problem whose text is {@code key} of the {@code messages} bundle, filled with {@code args}. */
    public FieldError(String field, String code, String key, Object... args) {
        this(field, code, Message.of(key, args));
    }

    /** A code from a camel-case name: {@code NotNull} gives {@code not-null}, {@code minLength} {@code min-length}. */
    public static String codeOf(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** The same problem seen from an enclosing document: {@code monthlyRent} under {@code example.form}. */
    public FieldError under(String parent) {
        if (parent.isEmpty()) {
            return this;
        }
        String path = field.isEmpty() ? parent : field.startsWith("[") ? parent + field : parent + "." + field;
        return new FieldError(path, code, message);
    }

    /** As answered to a caller reading {@code locale}. */
    public Problem.FieldProblem in(Locale locale) {
        return new Problem.FieldProblem(field, code, Messages.text(locale, message));
    }
}
