package org.tongban.common;

/**
 * What no parameter of this API may carry: control characters (a NUL, an escape sequence) and the
 * replacement character, which is what bytes that are not UTF-8 decode to. No client sends them in
 * good faith, and passed on they reach SQL, logs and other systems as they are.
 */
final class WireText {

    private WireText() {}

    static boolean isMalformed(String value) {
        return value.codePoints().anyMatch(c -> Character.isISOControl(c) || c == '\uFFFD');
    }
}
