package org.tongban.common;

import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One problem with one part of a request: {@code field} is a path into the request (for example
 * {@code form.monthlyRent} or {@code materials[2].reference}), {@code code} a stable kebab-case code
 * clients can switch on, {@code message} a sentence for people.
 */
@Schema(name = "FieldError")
public record FieldError(String field, String code, String message) {

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
}
