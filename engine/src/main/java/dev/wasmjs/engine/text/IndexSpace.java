package dev.wasmjs.engine.text;

import java.util.HashMap;
import java.util.Map;

/**
 * One index space of a module (functions, tables, types, ...): how many entries it has and which identifiers name
 * them. Numeric references are taken as written, even out of range, because that is a validation error and not
 * a syntax error; unknown symbolic ones are syntax errors.
 */
final class IndexSpace {
    /** The word used in messages: "func", "table", "type", ... */
    final String kind;
    private final Map<String, Integer> names = new HashMap<>();
    private int count;
    private int definitions;

    IndexSpace(String kind) {
        this.kind = kind;
    }

    int count() {
        return count;
    }

    /** How many entries are definitions rather than imports. */
    int definitions() {
        return definitions;
    }

    /** Adds an entry, optionally named; returns its index. */
    int add(String name, boolean imported, Tokens tokens, int token) {
        int index = count++;
        if (!imported) definitions++;
        if (name != null && names.putIfAbsent(name, index) != null) {
            throw tokens.error(token, "duplicate " + kind + " $" + name);
        }
        return index;
    }

    /** Resolves the index or identifier at token {@code i}. */
    int resolve(Tokens tokens, int i) {
        switch (tokens.kind(i)) {
            case ID -> {
                Integer index = names.get(tokens.idName(i));
                if (index == null) {
                    throw tokens.error(i, "unknown " + kind + " $" + tokens.idName(i));
                }
                return index;
            }
            case ATOM -> {
                return Syntax.u32(tokens, i);
            }
            default -> throw Syntax.unexpected(tokens, i);
        }
    }

    /** Whether token i can start a reference into an index space (an identifier or a natural number). */
    static boolean isIndex(Tokens tokens, int i) {
        return tokens.kind(i) == TokenKind.ID
                || (tokens.kind(i) == TokenKind.ATOM && NumberLiterals.isNat(tokens.text(i)));
    }
}
