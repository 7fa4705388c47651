package org.tongban.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A text for people not yet in a language: a key of the {@code messages} bundle and the values
 * its {@link java.text.MessageFormat} placeholders take. Rules say what went wrong with one; the
 * edge ({@link ProblemMapper}, a notification) renders it in the reader's language ({@link Messages}).
 */
public record Message(String key, List<Object> args) {

    public Message {
        // Not List.copyOf: an argument may be null where the text does not use it.
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static Message of(String key, Object... args) {
        return new Message(key, args == null ? List.of() : Arrays.asList(args));
    }
}
