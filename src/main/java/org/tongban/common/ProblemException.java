package org.tongban.common;

import java.util.List;

/**
 * Thrown by services to answer with a problem. The status and code are chosen where the rule
 * lives; {@link ProblemMapper} only renders them.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final List<FieldError> errors;

    public ProblemException(int status, String code, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", "Not Found", what + " was not found", List.of());
    }

    public static ProblemException conflict(String code, String detail) {
        return new ProblemException(409, code, "Conflict", detail, List.of());
    }

    /** 400: the request cannot be read as this operation's (a query parameter, a header); every problem is listed. */
    public static ProblemException badRequest(String detail, List<FieldError> errors) {
        return new ProblemException(400, "invalid-request", "Bad Request", detail, errors);
    }

    /** 422: the request is well-formed but breaks the rules; every broken rule is listed. */
    public static ProblemException unprocessable(String detail, List<FieldError> errors) {
        return new ProblemException(422, "validation-failed", "Unprocessable Content", detail, errors);
    }

    public Problem toProblem() {
        return new Problem(Problem.type(code), title, status, getMessage(), null, errors);
    }

    public int status() {
        return status;
    }
}
