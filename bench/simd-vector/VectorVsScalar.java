import dev.wasmjs.engine.runtime.SimdFloats;
import dev.wasmjs.engine.runtime.SimdInts;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The measurement behind the choice of scalar lane arithmetic for compiled SIMD (see bench/README.md): a loop of
 * f32x4 (and i16x8) multiply-adds over v128 values held as two longs, as compiled wasm holds them, computed
 * <ol>
 * <li>by the runtime's scalar lane methods (what the compiler emits),</li>
 * <li>with jdk.incubator.vector 64-bit species, one call per half (a drop-in replacement of the lane methods),</li>
 * <li>with 128-bit vectors built from the two longs and taken apart again, one call per result half (HotSpot
 * merges the two computations),</li>
 * <li>with the accumulator kept as a vector across iterations (what a compiler keeping v128 values in vector
 * registers would get).</li>
 * </ol>
 * Run from the project root after building the engine:
 * {@code java --add-modules jdk.incubator.vector -cp engine/target/classes bench/simd-vector/VectorVsScalar.java}
 */
public class VectorVsScalar {
    static final VectorSpecies<Long> L64 = LongVector.SPECIES_64;
    static final VectorSpecies<Long> L128 = LongVector.SPECIES_128;
    static final VectorSpecies<Float> F128 = FloatVector.SPECIES_128;

    static long add64(long a, long b) {
        return LongVector.broadcast(L64, a).reinterpretAsFloats().add(LongVector.broadcast(L64, b).reinterpretAsFloats())
                .reinterpretAsLongs().lane(0);
    }

    static long mul64(long a, long b) {
        return LongVector.broadcast(L64, a).reinterpretAsFloats().mul(LongVector.broadcast(L64, b).reinterpretAsFloats())
                .reinterpretAsLongs().lane(0);
    }

    static FloatVector floats(long lo, long hi) {
        return LongVector.zero(L128).withLane(0, lo).withLane(1, hi).reinterpretAsFloats();
    }

    static ShortVector shorts(long lo, long hi) {
        return LongVector.zero(L128).withLane(0, lo).withLane(1, hi).reinterpretAsShorts();
    }

    static long fmaHalf(int half, long aLo, long aHi, long xLo, long xHi, long yLo, long yHi) {
        return floats(aLo, aHi).add(floats(xLo, xHi).mul(floats(yLo, yHi))).reinterpretAsLongs().lane(half);
    }

    static long imaHalf(int half, long aLo, long aHi, long xLo, long xHi, long yLo, long yHi) {
        return shorts(aLo, aHi).add(shorts(xLo, xHi).mul(shorts(yLo, yHi))).reinterpretAsLongs().lane(half);
    }

    static long scalar(long[] x, long[] y) {
        long lo = 0;
        long hi = 0;
        for (int i = 0; i < x.length; i += 2) {
            lo = SimdFloats.f32x4Add(lo, SimdFloats.f32x4Mul(x[i], y[i]));
            hi = SimdFloats.f32x4Add(hi, SimdFloats.f32x4Mul(x[i + 1], y[i + 1]));
        }
        return lo ^ hi;
    }

    static long perHalf64(long[] x, long[] y) {
        long lo = 0;
        long hi = 0;
        for (int i = 0; i < x.length; i += 2) {
            lo = add64(lo, mul64(x[i], y[i]));
            hi = add64(hi, mul64(x[i + 1], y[i + 1]));
        }
        return lo ^ hi;
    }

    static long pair128(long[] x, long[] y) {
        long lo = 0;
        long hi = 0;
        for (int i = 0; i < x.length; i += 2) {
            long nlo = fmaHalf(0, lo, hi, x[i], x[i + 1], y[i], y[i + 1]);
            long nhi = fmaHalf(1, lo, hi, x[i], x[i + 1], y[i], y[i + 1]);
            lo = nlo;
            hi = nhi;
        }
        return lo ^ hi;
    }

    static long kept(long[] x, long[] y) {
        FloatVector acc = FloatVector.zero(F128);
        for (int i = 0; i < x.length; i += 2) {
            acc = acc.add(floats(x[i], x[i + 1]).mul(floats(y[i], y[i + 1])));
        }
        LongVector l = acc.reinterpretAsLongs();
        return l.lane(0) ^ l.lane(1);
    }

    static long scalarI16(long[] x, long[] y) {
        long lo = 0;
        long hi = 0;
        for (int i = 0; i < x.length; i += 2) {
            lo = SimdInts.i16x8Add(lo, SimdInts.i16x8Mul(x[i], y[i]));
            hi = SimdInts.i16x8Add(hi, SimdInts.i16x8Mul(x[i + 1], y[i + 1]));
        }
        return lo ^ hi;
    }

    static long pairI16(long[] x, long[] y) {
        long lo = 0;
        long hi = 0;
        for (int i = 0; i < x.length; i += 2) {
            long nlo = imaHalf(0, lo, hi, x[i], x[i + 1], y[i], y[i + 1]);
            long nhi = imaHalf(1, lo, hi, x[i], x[i + 1], y[i], y[i + 1]);
            lo = nlo;
            hi = nhi;
        }
        return lo ^ hi;
    }

    public static void main(String[] args) {
        long[] x = new long[2048];
        long[] y = new long[2048];
        java.util.Random r = new java.util.Random(1);
        for (int i = 0; i < x.length; i++) {
            x[i] = (long) Float.floatToRawIntBits(r.nextFloat()) << 32 | Float.floatToRawIntBits(r.nextFloat());
            y[i] = x[(i * 7) % x.length];
        }
        String[] names = {"f32x4 scalar lane methods", "f32x4 vector, 64-bit per half", "f32x4 vector, 128-bit pair",
            "f32x4 vector kept in register", "i16x8 scalar lane methods", "i16x8 vector, 128-bit pair"};
        for (int round = 0; round < 3; round++) {
            for (int k = 0; k < names.length; k++) {
                int reps = k == 1 ? 200 : 20000;
                long sink = 0;
                long t = System.nanoTime();
                for (int rep = 0; rep < reps; rep++) {
                    sink += switch (k) {
                        case 0 -> scalar(x, y);
                        case 1 -> perHalf64(x, y);
                        case 2 -> pair128(x, y);
                        case 3 -> kept(x, y);
                        case 4 -> scalarI16(x, y);
                        default -> pairI16(x, y);
                    };
                }
                double ns = (System.nanoTime() - t) / (reps * (x.length / 2.0));
                if (round == 2) {
                    System.out.printf("%-32s %8.2f ns per v128 multiply-add (%d)%n", names[k], ns, sink & 1);
                }
            }
        }
    }
}
