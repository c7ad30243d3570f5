package dev.wasmjs.engine.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The inline {@code (param ...)* (result ...)*} part of a function type or type use, already encoded, with the
 * parameter identifiers (null for unnamed ones) so that functions can name their locals.
 */
final class FunctionSignature {
    final ByteSink params = new ByteSink();
    final ByteSink results = new ByteSink();
    final List<String> paramNames = new ArrayList<>();
    /** Token index of each parameter's identifier, for duplicate errors. */
    final List<Integer> paramNameTokens = new ArrayList<>();
    private int resultCount;

    int paramCount() {
        return paramNames.size();
    }

    int resultCount() {
        return resultCount;
    }

    boolean isEmpty() {
        return paramNames.isEmpty() && resultCount == 0;
    }

    /**
     * Parses {@code (param ...)* (result ...)*} at the cursor.
     *
     * @param allowNames whether {@code (param $x t)} may name a parameter
     */
    static FunctionSignature parse(Cursor c, TypeParser types, boolean allowNames) {
        FunctionSignature sig = new FunctionSignature();
        while (c.isForm("param")) {
            c.pos += 2;
            if (c.isId()) {
                if (!allowNames) throw c.unexpected();
                int at = c.pos;
                sig.paramNames.add(c.optionalId());
                sig.paramNameTokens.add(at);
                types.valType(sig.params);
            } else {
                while (!c.isRParen()) {
                    types.valType(sig.params);
                    sig.paramNames.add(null);
                    sig.paramNameTokens.add(-1);
                }
            }
            c.expectRParen();
        }
        while (c.isForm("result")) {
            c.pos += 2;
            sig.resultCount += types.valTypes(sig.results);
            c.expectRParen();
        }
        return sig;
    }

    /** {@code vec(params) vec(results)}. */
    void encode(ByteSink out) {
        out.u32(paramCount());
        out.append(params);
        out.u32(resultCount);
        out.append(results);
    }

    /** The composite type encoding {@code 0x60 vec(params) vec(results)}. */
    byte[] composite() {
        ByteSink out = new ByteSink();
        out.u8(TypeDef.FUNC);
        encode(out);
        return out.toByteArray();
    }
}
