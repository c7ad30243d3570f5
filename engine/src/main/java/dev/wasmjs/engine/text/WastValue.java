package dev.wasmjs.engine.text;

/**
 * A constant argument of an {@code invoke}. Numbers are kept as raw bits so NaN payloads survive exactly.
 */
public sealed interface WastValue {
    /** {@code i32.const}: the value in the low 32 bits. */
    record I32(int bits) implements WastValue {}

    record I64(long bits) implements WastValue {}

    /** {@code f32.const}: IEEE-754 single bits. */
    record F32(int bits) implements WastValue {}

    /** {@code f64.const}: IEEE-754 double bits. */
    record F64(long bits) implements WastValue {}

    /** {@code v128.const}: the 16 bytes little-endian, {@code low} holds bytes 0..7. */
    record V128(long low, long high) implements WastValue {}

    /**
     * {@code ref.null ht}: {@code heapType} is the text keyword ({@code "func"}, {@code "extern"}, {@code "any"},
     * {@code "none"}, {@code "exn"}, ...) or a type index/identifier as written.
     */
    record RefNull(String heapType) implements WastValue {}

    /** {@code ref.extern n}: the host reference numbered n (the same n denotes the same reference). */
    record RefExtern(long n) implements WastValue {}

    /** {@code ref.host n}: an older spelling of a host reference, kept distinct from extern ones. */
    record RefHost(long n) implements WastValue {}
}
