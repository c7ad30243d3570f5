package dev.wasmjs.engine.script;

import dev.wasmjs.engine.runtime.I31;
import dev.wasmjs.engine.runtime.WasmArray;
import dev.wasmjs.engine.runtime.WasmFunction;
import dev.wasmjs.engine.runtime.WasmStruct;
import dev.wasmjs.engine.runtime.WasmThrow;
import dev.wasmjs.engine.text.WastExpected;
import dev.wasmjs.engine.text.WastValue;
import dev.wasmjs.engine.types.ValType;

/** Compares a result (type, raw bits, reference) with an {@code assert_return} expectation. */
final class ResultMatcher {
    private ResultMatcher() {
    }

    static boolean matches(WastExpected e, ValType type, long bits, long high, Object ref) {
        return switch (e) {
            case WastExpected.Exact x -> exact(x.value(), type, bits, high, ref);
            case WastExpected.NaNPattern n -> n.bits() == 32
                    ? type.kind() == ValType.Kind.F32 && nan32((int) bits, n.canonical())
                    : type.kind() == ValType.Kind.F64 && nan64(bits, n.canonical());
            case WastExpected.V128Lanes l -> type.kind() == ValType.Kind.V128 && lanes(l, bits, high);
            case WastExpected.RefKind k -> ref != null && type.isRef() && kind(k.kind(), ref);
            case WastExpected.AnyNull n -> type.isRef() && ref == null;
            case WastExpected.Either either -> {
                for (WastExpected alt : either.alternatives()) {
                    if (matches(alt, type, bits, high, ref)) {
                        yield true;
                    }
                }
                yield false;
            }
        };
    }

    private static boolean exact(WastValue v, ValType type, long bits, long high, Object ref) {
        return switch (v) {
            case WastValue.I32 i -> type.kind() == ValType.Kind.I32 && (int) bits == i.bits();
            case WastValue.I64 i -> type.kind() == ValType.Kind.I64 && bits == i.bits();
            case WastValue.F32 f -> type.kind() == ValType.Kind.F32 && (int) bits == f.bits();
            case WastValue.F64 f -> type.kind() == ValType.Kind.F64 && bits == f.bits();
            case WastValue.V128 x -> type.kind() == ValType.Kind.V128 && bits == x.low() && high == x.high();
            case WastValue.RefNull n -> type.isRef() && ref == null;
            case WastValue.RefExtern x -> new HostRef(x.n()).equals(ref);
            case WastValue.RefHost h -> new HostRef(h.n()).equals(ref);
        };
    }

    private static boolean nan32(int bits, boolean canonical) {
        int magnitude = bits & 0x7FFF_FFFF;
        return canonical ? magnitude == 0x7FC0_0000 : (magnitude & 0x7FC0_0000) == 0x7FC0_0000;
    }

    private static boolean nan64(long bits, boolean canonical) {
        long magnitude = bits & Long.MAX_VALUE;
        return canonical ? magnitude == 0x7FF8_0000_0000_0000L
                : (magnitude & 0x7FF8_0000_0000_0000L) == 0x7FF8_0000_0000_0000L;
    }

    private static boolean lanes(WastExpected.V128Lanes l, long low, long high) {
        int n = l.lanes().size();
        int width = 128 / n;
        for (int i = 0; i < n; i++) {
            long lane;
            if (width == 64) {
                lane = i == 0 ? low : high;
            } else {
                long half = i < n / 2 ? low : high;
                int shift = (i % (n / 2)) * width;
                lane = (half >>> shift) & ((1L << width) - 1);
            }
            WastExpected e = l.lanes().get(i);
            ValType laneType = width == 64 ? ValType.F64 : ValType.F32;
            boolean ok = switch (e) {
                case WastExpected.NaNPattern p -> width == 64 ? nan64(lane, p.canonical()) : nan32((int) lane, p.canonical());
                case WastExpected.Exact x -> switch (x.value()) {
                    case WastValue.F32 f -> (int) lane == f.bits();
                    case WastValue.F64 f -> lane == f.bits();
                    case WastValue.I32 f -> (int) lane == f.bits();
                    case WastValue.I64 f -> lane == f.bits();
                    default -> false;
                };
                default -> matches(e, laneType, lane, 0, null);
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** {@code (ref.func)}, {@code (ref.extern)}, ... : a non-null reference of that kind. */
    private static boolean kind(String kind, Object ref) {
        return switch (kind) {
            case "func" -> ref instanceof WasmFunction;
            case "exn" -> ref instanceof WasmThrow;
            case "host" -> ref instanceof HostRef;
            case "extern" -> true;
            case "struct" -> ref instanceof WasmStruct;
            case "array" -> ref instanceof WasmArray;
            case "i31" -> ref instanceof I31;
            case "eq" -> ref instanceof WasmStruct || ref instanceof WasmArray || ref instanceof I31;
            default -> !(ref instanceof WasmFunction) && !(ref instanceof WasmThrow);
        };
    }
}
