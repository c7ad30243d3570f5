package dev.wasmjs.engine.syntax;

/** A constant expression: a global's or table's initialiser, a segment offset, or an element segment item. */
public sealed interface ConstExpr {
    /** Instructions at {@code [start, end)} of the module bytes; the last byte is the {@code end} opcode. */
    record Code(int start, int end) implements ConstExpr {}

    /** {@code ref.func index}, as element segments in their function-index encodings write it without code. */
    record FuncRef(int funcIndex) implements ConstExpr {}
}
