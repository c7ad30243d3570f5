package dev.wasmjs.engine.script;

import dev.wasmjs.engine.runtime.Global;
import dev.wasmjs.engine.runtime.HostFunction;
import dev.wasmjs.engine.runtime.Memory;
import dev.wasmjs.engine.runtime.Table;
import dev.wasmjs.engine.types.FuncType;
import dev.wasmjs.engine.types.GlobalType;
import dev.wasmjs.engine.types.Limits;
import dev.wasmjs.engine.types.MemoryType;
import dev.wasmjs.engine.types.TableType;
import dev.wasmjs.engine.types.ValType;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code spectest} host module the core test scripts import, as the spec's reference interpreter defines it. */
final class SpecTest {
    private SpecTest() {
    }

    static Map<String, Object> exports(PrintStream out) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("print", print(out, "print"));
        m.put("print_i32", print(out, "print_i32", ValType.I32));
        m.put("print_i64", print(out, "print_i64", ValType.I64));
        m.put("print_f32", print(out, "print_f32", ValType.F32));
        m.put("print_f64", print(out, "print_f64", ValType.F64));
        m.put("print_i32_f32", print(out, "print_i32_f32", ValType.I32, ValType.F32));
        m.put("print_f64_f64", print(out, "print_f64_f64", ValType.F64, ValType.F64));
        m.put("global_i32", global(ValType.I32, 666));
        m.put("global_i64", global(ValType.I64, 666));
        m.put("global_f32", global(ValType.F32, Float.floatToRawIntBits(666.6f) & 0xFFFFFFFFL));
        m.put("global_f64", global(ValType.F64, Double.doubleToRawLongBits(666.6)));
        m.put("table", new Table(new TableType(ValType.FUNCREF, new Limits(10, 20), false), null));
        m.put("table64", new Table(new TableType(ValType.FUNCREF, new Limits(10, 20), true), null));
        m.put("memory", new Memory(new MemoryType(new Limits(1, 2), false, false)));
        return m;
    }

    private static HostFunction print(PrintStream out, String name, ValType... params) {
        return HostFunction.of(new FuncType(List.of(params), List.of()), "spectest." + name, args -> {
            if (out != null) {
                StringBuilder sb = new StringBuilder();
                for (Object a : args) {
                    sb.append(sb.isEmpty() ? "" : " ").append(a);
                }
                out.println(sb);
            }
            return null;
        });
    }

    private static Global global(ValType type, long bits) {
        Global g = new Global(new GlobalType(type, false));
        g.bits = bits;
        return g;
    }
}
