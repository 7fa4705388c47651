package org.tongban.common;

import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every path parameter of this API is a code, a number or an id, compared exactly: one carrying a
 * control character (a NUL, say), white space or bytes that are not UTF-8 is refused with 400 before anything is looked up.
 * Case and the like are left to the database, whose code columns compare in binary.
 */
public class PathCodes {

    @ServerRequestFilter
    public void refuseControlCharacters(UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        uri.getPathParameters().forEach((name, values) -> {
            if (values.stream().anyMatch(PathCodes::hasControlOrSpace)) {
                errors.add(new FieldError(name, "control-character", "path.control-character"));
            }
        });
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(Message.of("path.not-a-code"), errors);
        }
    }

    private static boolean hasControlOrSpace(String value) {
        return WireText.isMalformed(value)
                || value.codePoints()
                        .anyMatch(c -> Character.isWhitespace(c)
                                || Character.isSpaceChar(c)
                                || Character.getType(c) == Character.FORMAT);
    }
}
