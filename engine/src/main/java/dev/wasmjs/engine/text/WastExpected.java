package dev.wasmjs.engine.text;

import java.util.List;

/** One expected result of {@code assert_return}: an exact value or a pattern. */
public sealed interface WastExpected {
    /** The exact value (numbers compared bit for bit). */
    record Exact(WastValue value) implements WastExpected {}

    /** {@code f32.const nan:canonical} / {@code nan:arithmetic}; {@code bits} is 32 or 64. */
    record NaNPattern(int bits, boolean canonical) implements WastExpected {}

    /**
     * {@code v128.const f32x4 ...} / {@code f64x2 ...} where lanes may be NaN patterns. {@code lanes} has one
     * entry per lane: an {@link Exact} of {@link WastValue.F32}/{@link WastValue.F64}, or a {@link NaNPattern}.
     * Integer-shaped v128 expectations are plain {@link Exact} V128 values.
     */
    record V128Lanes(String shape, List<WastExpected> lanes) implements WastExpected {
        public V128Lanes {
            lanes = List.copyOf(lanes);
        }
    }

    /**
     * A non-null reference of a kind: {@code (ref.func)}, {@code (ref.extern)} (any extern), {@code (ref.struct)},
     * {@code (ref.array)}, {@code (ref.i31)}, {@code (ref.eq)}, {@code (ref.any)}, {@code (ref.exn)}, {@code (ref.host)}.
     * {@code kind} is the word after {@code ref.}.
     */
    record RefKind(String kind) implements WastExpected {}

    /** {@code (ref.null)} without a heap type: any null reference. */
    record AnyNull() implements WastExpected {}

    /** {@code (either e1 e2 ...)}: any one of the alternatives. */
    record Either(List<WastExpected> alternatives) implements WastExpected {
        public Either {
            alternatives = List.copyOf(alternatives);
        }
    }
}
