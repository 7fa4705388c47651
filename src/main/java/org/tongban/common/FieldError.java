package org.tongban.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One problem with one part of a request: {@code field} is a path into the request (for example
 * {@code form.monthlyRent} or {@code materials[2].reference}), {@code code} a stable kebab-case code
 * clients can switch on, {@code message} a sentence for people.
 */
@Schema(name = "FieldError")
public record FieldError(String field, String code, String message) {}
