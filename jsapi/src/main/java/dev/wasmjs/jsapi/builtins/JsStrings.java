package dev.wasmjs.jsapi.builtins;

import org.graalvm.polyglot.Value;

/**
 * JS strings as wasm code holds them. The JS API hands every JS string primitive to the engine as a
 * {@link String} (see JsValues): both are sequences of UTF-16 code units, lone surrogates included, and compare by
 * value, so nothing a program can observe changes, while the builtins work on Java strings without calling back
 * into GraalJS. A polyglot {@link Value} holding a JS string primitive (an embedder's host function may return one)
 * is a string too.
 */
public final class JsStrings {
    /**
     * The longest string GraalJS can hold (2^30 - 25 code units; {@code 'x'.repeat(2 ** 30 - 24)} throws). A result
     * past it is a {@code RangeError: Invalid string length}, as in JS.
     */
    public static final int MAX_LENGTH = (1 << 30) - 25;

    /** One-unit strings for the Latin-1 range, so that the common {@code fromCharCode} results do not allocate. */
    private static final String[] LATIN1 = new String[256];

    static {
        for (int c = 0; c < LATIN1.length; c++) {
            LATIN1[c] = String.valueOf((char) c);
        }
    }

    private JsStrings() {
    }

    /** The string a reference holds, or null when it holds something else (or is the null reference). */
    public static String of(Object ref) {
        if (ref instanceof String s) {
            return s;
        }
        // A String wrapper object (new String("x")) is a string to interop but an object to JS: it has members.
        if (ref instanceof Value v && v.isString() && !v.hasMembers()) {
            return v.asString();
        }
        return null;
    }

    /** The string of one UTF-16 code unit. */
    static String ofUnit(char unit) {
        return unit < LATIN1.length ? LATIN1[unit] : String.valueOf(unit);
    }
}
