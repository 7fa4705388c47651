package org.tongban.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The one error shape of the API: RFC 9457 problem details, plus {@code errors} listing every
 * problem at once (一次性告知) so a client never has to fix one field at a time. Texts are in the
 * language the request asked for; types and codes are the same in every language.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details; errors lists every problem at once")
public record Problem(
        @Schema(
                format = "uri-reference",
                description = "A URI reference relative to the API (/problems/<code>), per RFC 9457 §3.1.1",
                examples = "/problems/not-found")
        URI type,

        String title,
        int status,
        String detail,
        String instance,
        List<FieldProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Problem types are relative URIs under /problems, documented in the OpenAPI contract. */
    public static URI type(String code) {
        return URI.create("/problems/" + code);
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }

    /** One {@link FieldError} as answered: its message in the request's language. */
    @Schema(name = "FieldError")
    public record FieldProblem(String field, String code, String message) {}
}
