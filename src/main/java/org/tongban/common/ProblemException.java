package org.tongban.common;

import java.util.List;
import java.util.Locale;

/**
 * Thrown by services to answer with a problem. The status, code and what to tell the caller are
 * chosen where the rule lives; {@link ProblemMapper} only renders them, in the caller's language.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final Message detail;
    private final List<FieldError> errors;

    public ProblemException(int status, String code, Message detail, List<FieldError> errors) {
        super(code + ": " + Messages.text(Messages.ENGLISH, detail));
        this.status = status;
        this.code = code;
        this.detail = detail;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String key, Object... args) {
        return new ProblemException(404, "not-found", Message.of(key, args), List.of());
    }

    public static ProblemException forbidden(String key, Object... args) {
        return new ProblemException(403, "forbidden", Message.of(key, args), List.of());
    }

    public static ProblemException conflict(String code, String key, Object... args) {
        return new ProblemException(409, code, Message.of(key, args), List.of());
    }

    /** 400: the request cannot be read as this operation's (a query parameter, a header); every problem is listed. */
    public static ProblemException badRequest(Message detail, List<FieldError> errors) {
        return new ProblemException(400, "invalid-request", detail, errors);
    }

    /** 422: the request is well-formed but breaks the rules; every broken rule is listed. */
    public static ProblemException unprocessable(Message detail, List<FieldError> errors) {
        return new ProblemException(422, "validation-failed", detail, errors);
    }

    /** The problem as a caller reading {@code locale} is told it (the title is the status's). */
    public Problem toProblem(Locale locale) {
        return new Problem(
                Problem.type(code),
                Messages.title(locale, status),
                status,
                Messages.text(locale, detail),
                null,
                errors.stream().map(e -> e.in(locale)).toList());
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
