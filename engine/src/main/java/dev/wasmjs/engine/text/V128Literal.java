package dev.wasmjs.engine.text;

/** {@code v128.const} operands: a lane shape keyword followed by one literal per lane. */
final class V128Literal {
    private V128Literal() {}

    /** Lane count of a shape keyword, or 0 if it is not one. */
    static int laneCount(String shape) {
        return switch (shape) {
            case "i8x16" -> 16;
            case "i16x8" -> 8;
            case "i32x4", "f32x4" -> 4;
            case "i64x2", "f64x2" -> 2;
            default -> 0;
        };
    }

    /** Parses {@code shape lane*} at the cursor into the 16 little-endian bytes. */
    static byte[] parse(Cursor c) {
        if (!c.isAtom()) throw c.unexpected();
        String shape = c.text();
        int lanes = laneCount(shape);
        if (lanes == 0) throw c.error("unexpected token");
        c.pos++;
        int width = 16 / lanes;
        ByteSink out = new ByteSink(16);
        for (int i = 0; i < lanes; i++) {
            if (!c.isAtom()) throw c.error("wrong number of lane literals");
            int at = c.pos++;
            long bits = switch (shape) {
                case "f32x4" -> Syntax.f32(c.tokens, at);
                case "f64x2" -> Syntax.f64(c.tokens, at);
                default -> Syntax.integer(c.tokens, at, width * 8);
            };
            for (int b = 0; b < width; b++) {
                out.u8((int) (bits >>> (8 * b)));
            }
        }
        return out.toByteArray();
    }
}
