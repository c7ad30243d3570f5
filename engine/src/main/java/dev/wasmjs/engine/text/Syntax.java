package dev.wasmjs.engine.text;

/** Reading literal tokens, with number syntax and range errors reported at the token. */
final class Syntax {
    private Syntax() {}

    static TextFormatException unexpected(Tokens t, int i) {
        return switch (t.kind(i)) {
            case RESERVED -> t.error(i, "unknown operator");
            case EOF -> t.error(i, "unexpected end of input");
            default -> t.error(i, "unexpected token");
        };
    }

    private static String atom(Tokens t, int i) {
        if (t.kind(i) != TokenKind.ATOM) throw unexpected(t, i);
        return t.text(i);
    }

    private static TextFormatException numberError(Tokens t, int i, RuntimeException e) {
        if (e instanceof ArithmeticException) {
            return t.error(i, "constant out of range");
        }
        // A malformed number is a reserved token, reported like an unknown instruction (as the reference does).
        return t.error(i, "unknown operator");
    }

    static int u32(Tokens t, int i) {
        try {
            return NumberLiterals.u32(atom(t, i));
        } catch (NumberFormatException | ArithmeticException e) {
            throw numberError(t, i, e);
        }
    }

    static long u64(Tokens t, int i) {
        try {
            return NumberLiterals.unsigned(atom(t, i), 64);
        } catch (NumberFormatException | ArithmeticException e) {
            throw numberError(t, i, e);
        }
    }

    /** An integer literal of the given width (8, 16, 32, 64), as two's complement bits. */
    static long integer(Tokens t, int i, int bits) {
        try {
            return NumberLiterals.integer(atom(t, i), bits);
        } catch (NumberFormatException | ArithmeticException e) {
            throw numberError(t, i, e);
        }
    }

    static int f32(Tokens t, int i) {
        try {
            return NumberLiterals.f32(atom(t, i));
        } catch (NumberFormatException | ArithmeticException e) {
            throw numberError(t, i, e);
        }
    }

    static long f64(Tokens t, int i) {
        try {
            return NumberLiterals.f64(atom(t, i));
        } catch (NumberFormatException | ArithmeticException e) {
            throw numberError(t, i, e);
        }
    }
}
