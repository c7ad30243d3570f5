package dev.wasmjs.engine.script;

import dev.wasmjs.engine.CompileException;
import dev.wasmjs.engine.ExecutionMode;
import dev.wasmjs.engine.LinkException;
import dev.wasmjs.engine.Trap;
import dev.wasmjs.engine.WasmModule;
import dev.wasmjs.engine.runtime.Global;
import dev.wasmjs.engine.runtime.Instance;
import dev.wasmjs.engine.runtime.Invoker;
import dev.wasmjs.engine.runtime.ResourceLimitException;
import dev.wasmjs.engine.runtime.StackExhausted;
import dev.wasmjs.engine.runtime.ValueStack;
import dev.wasmjs.engine.runtime.WasmFunction;
import dev.wasmjs.engine.runtime.WasmThrow;
import dev.wasmjs.engine.syntax.Import;
import dev.wasmjs.engine.text.TextFormatException;
import dev.wasmjs.engine.text.Wast;
import dev.wasmjs.engine.text.WastAction;
import dev.wasmjs.engine.text.WastCommand;
import dev.wasmjs.engine.text.WastExpected;
import dev.wasmjs.engine.text.WastModule;
import dev.wasmjs.engine.text.WastScript;
import dev.wasmjs.engine.text.WastValue;
import dev.wasmjs.engine.text.Wat;
import dev.wasmjs.engine.types.ValType;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a WAST script against the engine and counts its assertions. Values cross the boundary as raw slots, so
 * NaN payloads are compared bit for bit.
 */
public final class WastRunner {
    /** The outcome of one script: assertions passed, assertions run, and a line per failure. */
    public record Result(String file, int passed, int total, List<String> failures) {
        public boolean ok() {
            return failures.isEmpty();
        }
    }

    /** One value a function returned or a global holds. */
    private record Value(ValType type, long bits, long high, Object ref) {
        @Override
        public String toString() {
            return switch (type.kind()) {
                case I32 -> "i32:" + (int) bits;
                case I64 -> "i64:" + bits;
                case F32 -> "f32:" + Float.intBitsToFloat((int) bits) + "(0x" + Integer.toHexString((int) bits) + ")";
                case F64 -> "f64:" + Double.longBitsToDouble(bits) + "(0x" + Long.toHexString(bits) + ")";
                case V128 -> "v128:0x" + Long.toHexString(high) + "_" + Long.toHexString(bits);
                default -> String.valueOf(ref);
            };
        }
    }

    private final Map<String, Map<String, Object>> registered = new HashMap<>();
    private final Map<String, Instance> instances = new HashMap<>();
    private final Map<String, WasmModule> definitions = new HashMap<>();
    private Instance current;
    private WasmModule lastDefinition;
    private final List<String> failures = new ArrayList<>();
    private int passed;
    private int total;
    private int line;

    private final ExecutionMode mode;

    private WastRunner(PrintStream printOutput, ExecutionMode mode) {
        this.mode = mode;
        registered.put("spectest", SpecTest.exports(printOutput));
    }

    /** Parses and runs a script. {@code printOutput} receives spectest.print* output (null to discard). */
    public static Result run(String source, String fileName, PrintStream printOutput) {
        return run(source, fileName, printOutput, ExecutionMode.configured());
    }

    /** {@link #run(String, String, PrintStream)} with the modules' functions run in {@code mode}. */
    public static Result run(String source, String fileName, PrintStream printOutput, ExecutionMode mode) {
        WastRunner runner = new WastRunner(printOutput, mode);
        WastScript script;
        try {
            script = Wast.parse(source, fileName);
        } catch (TextFormatException e) {
            return new Result(fileName, 0, 1, List.of("script does not parse: " + e.getMessage()));
        }
        for (WastCommand cmd : script.commands()) {
            runner.line = cmd.line();
            try {
                runner.command(cmd);
            } catch (RuntimeException | StackOverflowError e) {
                // An engine bug, not a wrong answer: counted as a failed assertion so totals stay honest.
                runner.check("unexpected " + e);
            }
        }
        return new Result(fileName, runner.passed, runner.total, List.copyOf(runner.failures));
    }

    private void fail(String message) {
        failures.add("line " + line + ": " + message);
    }

    /** Counts one assertion; a failure message of null means it passed. */
    private void check(String failure) {
        total++;
        if (failure == null) {
            passed++;
        } else {
            fail(failure);
        }
    }

    private void command(WastCommand cmd) {
        switch (cmd) {
            case WastCommand.ModuleCommand m -> {
                WasmModule module;
                try {
                    module = compile(m.module());
                } catch (CompileException | TextFormatException e) {
                    check("module does not compile: " + e.getMessage());
                    return;
                }
                lastDefinition = module;
                if (m.id() != null) {
                    definitions.put(m.id(), module);
                }
                if (!m.definitionOnly()) {
                    try {
                        current = instantiate(module);
                        if (m.id() != null) {
                            instances.put(m.id(), current);
                        }
                    } catch (LinkException | Trap | ResourceLimitException e) {
                        check("module does not instantiate: " + e.getMessage());
                    }
                }
            }
            case WastCommand.ModuleInstance mi -> {
                WasmModule def = mi.definitionId() != null ? definitions.get(mi.definitionId()) : lastDefinition;
                if (def == null) {
                    check("unknown module definition " + mi.definitionId());
                    return;
                }
                try {
                    current = instantiate(def);
                    if (mi.instanceId() != null) {
                        instances.put(mi.instanceId(), current);
                    }
                } catch (LinkException | Trap | ResourceLimitException e) {
                    check("module does not instantiate: " + e.getMessage());
                }
            }
            case WastCommand.Register r -> {
                Instance inst = r.moduleId() != null ? instances.get(r.moduleId()) : current;
                if (inst == null) {
                    check("register of unknown module " + r.moduleId());
                    return;
                }
                registered.put(r.name(), new HashMap<>(inst.exports()));
            }
            case WastCommand.ActionCommand a -> {
                try {
                    perform(a.action());
                } catch (Trap | WasmThrow e) {
                    check("action failed: " + describe(e));
                }
            }
            case WastCommand.AssertReturn a -> check(assertReturn(a));
            case WastCommand.AssertTrap a -> check(expectFailure(a.action(), a.message(), false));
            case WastCommand.AssertExhaustion a -> check(expectFailure(a.action(), a.message(), true));
            case WastCommand.AssertException a -> {
                try {
                    perform(a.action());
                    check("expected an exception, the action returned");
                } catch (WasmThrow e) {
                    check(null);
                } catch (Trap e) {
                    check("expected an exception, got trap: " + e.getMessage());
                }
            }
            case WastCommand.AssertMalformed a -> check(assertMalformed(a.module()));
            case WastCommand.AssertInvalid a -> check(assertInvalid(a.module(), a.message()));
            case WastCommand.AssertUnlinkable a -> check(assertUnlinkable(a.module(), a.message()));
            case WastCommand.AssertUninstantiable a -> check(assertUninstantiable(a.module(), a.message()));
        }
    }

    private static String describe(Throwable e) {
        return e instanceof WasmThrow ? "wasm exception" : e.getMessage();
    }

    // ---- modules ------------------------------------------------------------------------------------------

    private WasmModule compile(WastModule m) {
        byte[] binary = switch (m) {
            case WastModule.Text t -> t.binary();
            case WastModule.Binary b -> b.binary();
            case WastModule.Quote q -> Wat.toBinary(q.text());
        };
        return WasmModule.compile(binary, mode);
    }

    private Instance instantiate(WasmModule module) {
        List<Object> externals = new ArrayList<>();
        for (Import imp : module.imports()) {
            Map<String, Object> exports = registered.get(imp.module());
            Object v = exports == null ? null : exports.get(imp.name());
            if (v == null) {
                throw new LinkException("unknown import \"" + imp.module() + "\" \"" + imp.name() + "\"");
            }
            externals.add(v);
        }
        return module.instantiate(externals);
    }

    private String assertMalformed(WastModule m) {
        try {
            compile(m);
            return "expected malformed module, it compiled";
        } catch (TextFormatException | CompileException.Malformed e) {
            return null;
        } catch (CompileException.Invalid e) {
            return "expected malformed module, got invalid: " + e.getMessage();
        }
    }

    private String assertInvalid(WastModule m, String expected) {
        try {
            compile(m);
            return "expected invalid module (" + expected + "), it compiled";
        } catch (CompileException.Invalid e) {
            return null;
        } catch (TextFormatException | CompileException.Malformed e) {
            return "expected invalid module (" + expected + "), got malformed: " + e.getMessage();
        }
    }

    private String assertUnlinkable(WastModule m, String expected) {
        WasmModule module;
        try {
            module = compile(m);
        } catch (CompileException | TextFormatException e) {
            return "expected unlinkable module (" + expected + "), it does not compile: " + e.getMessage();
        }
        try {
            instantiate(module);
            return "expected unlinkable module (" + expected + "), it instantiated";
        } catch (LinkException e) {
            return null;
        } catch (Trap | ResourceLimitException e) {
            return "expected unlinkable module (" + expected + "), got: " + e.getMessage();
        }
    }

    private String assertUninstantiable(WastModule m, String expected) {
        WasmModule module;
        try {
            module = compile(m);
        } catch (CompileException | TextFormatException e) {
            return "expected instantiation trap (" + expected + "), module does not compile: " + e.getMessage();
        }
        try {
            instantiate(module);
            return "expected instantiation trap (" + expected + "), it instantiated";
        } catch (Trap e) {
            return messageMatches(e.getMessage(), expected) ? null
                    : "expected trap \"" + expected + "\", got \"" + e.getMessage() + "\"";
        } catch (LinkException e) {
            return "expected instantiation trap (" + expected + "), got link error: " + e.getMessage();
        }
    }

    /** Trap messages must start with the expected text (the spec interpreter's convention). */
    private static boolean messageMatches(String actual, String expected) {
        return actual != null && actual.startsWith(expected);
    }

    // ---- actions ------------------------------------------------------------------------------------------

    private Instance instanceFor(String id) {
        Instance inst = id != null ? instances.get(id) : current;
        if (inst == null) {
            throw new IllegalStateException(id != null ? "unknown module " + id : "no module instantiated");
        }
        return inst;
    }

    private List<Value> perform(WastAction action) {
        Instance inst = instanceFor(action.moduleId());
        Object export = inst.export(action.name());
        switch (action) {
            case WastAction.Get g -> {
                if (!(export instanceof Global global)) {
                    throw new IllegalStateException("no global export \"" + g.name() + "\"");
                }
                return List.of(new Value(global.type().type(), global.bits, global.bitsHigh, global.ref));
            }
            case WastAction.Invoke inv -> {
                if (!(export instanceof WasmFunction f)) {
                    throw new IllegalStateException("no function export \"" + inv.name() + "\"");
                }
                return invoke(f, inv.args());
            }
        }
    }

    private static List<Value> invoke(WasmFunction f, List<WastValue> args) {
        List<ValType> params = f.funcType().params();
        if (params.size() != args.size()) {
            throw new IllegalStateException("function takes " + params.size() + " arguments, script gives " + args.size());
        }
        ValueStack st = ValueStack.current();
        int base = st.top;
        st.ensure(base + Math.max(f.paramSlots, f.resultSlots) + 2);
        int slot = base;
        for (WastValue a : args) {
            slot += write(st, slot, a);
        }
        Invoker.invokeAt(f, st, base);
        List<Value> out = new ArrayList<>();
        slot = base;
        for (ValType t : f.funcType().results()) {
            out.add(new Value(t, st.slots[slot], t.slots() == 2 ? st.slots[slot + 1] : 0, st.refs[slot]));
            st.refs[slot] = null;
            slot += t.slots();
        }
        return out;
    }

    private static int write(ValueStack st, int slot, WastValue v) {
        st.refs[slot] = null;
        switch (v) {
            case WastValue.I32 i -> st.slots[slot] = i.bits();
            case WastValue.I64 i -> st.slots[slot] = i.bits();
            case WastValue.F32 f -> st.slots[slot] = f.bits() & 0xFFFFFFFFL;
            case WastValue.F64 f -> st.slots[slot] = f.bits();
            case WastValue.V128 x -> {
                st.slots[slot] = x.low();
                st.slots[slot + 1] = x.high();
                return 2;
            }
            case WastValue.RefNull n -> st.refs[slot] = null;
            case WastValue.RefExtern e -> st.refs[slot] = new HostRef(e.n());
            case WastValue.RefHost h -> st.refs[slot] = new HostRef(h.n());
        }
        return 1;
    }

    private String expectFailure(WastAction action, String expected, boolean exhaustion) {
        try {
            List<Value> results = perform(action);
            return "expected " + (exhaustion ? "exhaustion" : "trap") + " \"" + expected + "\", got " + results;
        } catch (StackExhausted e) {
            return exhaustion ? null : "expected trap \"" + expected + "\", got stack exhaustion";
        } catch (Trap e) {
            if (exhaustion) {
                return "expected exhaustion, got trap \"" + e.getMessage() + "\"";
            }
            return messageMatches(e.getMessage(), expected) ? null
                    : "expected trap \"" + expected + "\", got \"" + e.getMessage() + "\"";
        } catch (WasmThrow e) {
            return "expected trap \"" + expected + "\", got a wasm exception";
        }
    }

    private String assertReturn(WastCommand.AssertReturn a) {
        List<Value> results;
        try {
            results = perform(a.action());
        } catch (Trap | WasmThrow e) {
            return "expected " + a.expected() + ", got " + (e instanceof StackExhausted ? "stack exhaustion" : "trap")
                    + " \"" + describe(e) + "\"";
        }
        if (results.size() != a.expected().size()) {
            return "expected " + a.expected().size() + " results, got " + results;
        }
        for (int i = 0; i < results.size(); i++) {
            if (!ResultMatcher.matches(a.expected().get(i), results.get(i).type(), results.get(i).bits(),
                    results.get(i).high(), results.get(i).ref())) {
                return "result " + i + ": expected " + a.expected().get(i) + ", got " + results.get(i);
            }
        }
        return null;
    }
}
