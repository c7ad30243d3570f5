package dev.wasmjs.jsapi;

import dev.wasmjs.engine.WasmModule;
import dev.wasmjs.engine.runtime.Global;
import dev.wasmjs.engine.runtime.WasmFunction;
import dev.wasmjs.engine.syntax.Import;
import dev.wasmjs.engine.types.DefType;
import dev.wasmjs.engine.types.ExternType;
import dev.wasmjs.engine.types.GlobalType;
import dev.wasmjs.engine.types.HeapType;
import dev.wasmjs.engine.types.Subtyping;
import dev.wasmjs.engine.types.ValType;
import dev.wasmjs.jsapi.builtins.JsStringBuiltins;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The imports of a module compiled with {@link CompileOptions} that the JS API provides itself instead of reading
 * them from the import object: functions of an enabled builtin set ({@code wasm:js-string}) and string constants
 * (every import from the {@code importedStringConstants} module is a global holding its own name as a JS string).
 *
 * <p>Made by "validate builtins and imported strings" at compile time, so a mistyped builtin or string constant
 * import is a CompileError there; it then tells {@code Module.imports()} which imports to leave out and "read the
 * imports" what to link them to.
 */
final class BuiltinImports {
    /** What a string constant import links to: {@code global const (ref extern)}. */
    private static final ValType STRING_CONSTANT_TYPE = ValType.ref(false, HeapType.Abstract.EXTERN);

    /** A module's builtin or string imports were invalid: a CompileError (or {@code validate} false). */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    /** Per import: the name of the builtin function it links to, or null. */
    private final String[] builtins;
    /** Per import: whether it is a string constant. */
    private final boolean[] strings;

    private BuiltinImports(String[] builtins, boolean[] strings) {
        this.builtins = builtins;
        this.strings = strings;
    }

    /** Validates the builtin and string constant imports of {@code m} against {@code options}. */
    static BuiltinImports of(WasmModule m, CompileOptions options) throws Invalid {
        Set<String> seen = new HashSet<>();
        for (String name : options.builtinSets()) {
            if (!seen.add(name)) {
                throw new Invalid("builtin set \"" + name + "\" is listed twice in 'builtins'");
            }
        }
        // Unknown set names are allowed (and ignored), so that code can ask for sets a newer engine may have.
        boolean jsString = seen.contains(JsStringBuiltins.NAME);
        String stringModule = options.importedStringModule();
        List<Import> imports = m.imports();
        String[] builtins = new String[imports.size()];
        boolean[] strings = new boolean[imports.size()];
        for (int i = 0; i < builtins.length; i++) {
            Import imp = imports.get(i);
            String what = "import #" + i + " \"" + imp.module() + "\" \"" + imp.name() + "\"";
            if (stringModule != null && imp.module().equals(stringModule)) {
                if (!(imp.type() instanceof GlobalType g) || g.mutable()
                        || !Subtyping.isSubtype(STRING_CONSTANT_TYPE, g.type())) {
                    throw new Invalid(what + ": a string constant import must be an immutable global of type "
                            + "(ref extern) or externref, not " + imp.type());
                }
                strings[i] = true;
            } else if (jsString && imp.module().equals(JsStringBuiltins.MODULE)) {
                DefType builtin = JsStringBuiltins.type(imp.name());
                if (builtin == null) {
                    continue;  // not a builtin: read from the import object like any import
                }
                if (!(imp.type() instanceof ExternType.Func f) || !builtin.isSubtypeOf(f.type())) {
                    throw new Invalid(what + ": the builtin has type " + builtin + " (alone in its recursion group), "
                            + "the import requires " + describe(imp.type()));
                }
                builtins[i] = imp.name();
            }
        }
        return new BuiltinImports(builtins, strings);
    }

    private static String describe(ExternType t) {
        return t instanceof ExternType.Func f ? f.type() + (f.type().group().members().size() > 1
                ? " (in a recursion group of " + f.type().group().members().size() + " types)" : "") : t.toString();
    }

    /** Whether the JS API provides import {@code i} (so {@code Module.imports()} does not list it). */
    boolean provides(int i) {
        return strings[i] || builtins[i] != null;
    }

    /**
     * The external values of one instantiation, in import order, null where the import object provides the import.
     * The builtin set is instantiated anew (each instance gets its own builtin functions, as the spec says), each
     * builtin once however often it is imported; functions are named by their index in the instance, like host
     * functions.
     */
    Object[] instantiate(WasmModule m, JsRealm realm) {
        List<Import> imports = m.imports();
        Object[] externs = new Object[strings.length];
        Map<String, WasmFunction> instantiated = new HashMap<>();
        int functionIndex = 0;
        for (int i = 0; i < externs.length; i++) {
            Import imp = imports.get(i);
            if (strings[i]) {
                Global g = new Global(new GlobalType(((GlobalType) imp.type()).type(), false));
                g.ref = imp.name();
                externs[i] = g;
            } else if (builtins[i] != null) {
                WasmFunction f = instantiated.computeIfAbsent(builtins[i], JsStringBuiltins::create);
                realm.peers.nameFunction(f, functionIndex);
                externs[i] = f;
            }
            if (imp.type() instanceof ExternType.Func) {
                functionIndex++;
            }
        }
        return externs;
    }
}
