package dev.wasmjs.engine;

import dev.wasmjs.engine.binary.ModuleDecoder;
import dev.wasmjs.engine.compile.CompilerTier;
import dev.wasmjs.engine.interp.InterpreterTier;
import dev.wasmjs.engine.runtime.ExecutionTier;
import dev.wasmjs.engine.runtime.Instance;
import dev.wasmjs.engine.runtime.Instantiator;
import dev.wasmjs.engine.syntax.Export;
import dev.wasmjs.engine.syntax.Import;
import dev.wasmjs.engine.syntax.Module;
import dev.wasmjs.engine.text.Wat;
import dev.wasmjs.engine.validate.ModuleContext;
import dev.wasmjs.engine.validate.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A compiled (decoded and validated) WebAssembly module: the entry point of the engine's Java API.
 *
 * <pre>{@code
 * WasmModule module = WasmModule.fromText("(module (func (export \"add\") (param i32 i32) (result i32)"
 *         + " local.get 0 local.get 1 i32.add))");
 * WasmInstance instance = module.instantiate(new Imports());
 * int sum = (int) instance.call("add", 2, 3)[0];
 * }</pre>
 */
public final class WasmModule {
    private final Module module;
    private final ModuleContext context;
    private final ExecutionMode mode;
    private final ExecutionTier tier;

    private WasmModule(Module module, ModuleContext context, ExecutionMode mode) {
        this.module = module;
        this.context = context;
        this.mode = mode;
        this.tier = mode == ExecutionMode.INTERPRET ? new InterpreterTier(context) : new CompilerTier(context, mode);
    }

    /**
     * Decodes and validates a module in the binary format. The bytes are copied. Functions run in the
     * {@linkplain ExecutionMode#configured() configured} execution mode.
     *
     * @throws CompileException if the bytes are malformed or the module is invalid
     */
    public static WasmModule compile(byte[] bytes) {
        return compile(bytes, ExecutionMode.configured());
    }

    /** {@link #compile(byte[])} with an explicit execution mode (interpreter only, compile everything, or auto). */
    public static WasmModule compile(byte[] bytes, ExecutionMode mode) {
        return compileOwned(Arrays.copyOf(bytes, bytes.length), mode);
    }

    /**
     * Like {@link #compile(byte[], ExecutionMode)}, but the module keeps {@code bytes} itself instead of a copy: for
     * callers that made a private copy already (the JS API copies every buffer source), which saves a copy of large
     * modules. The caller must not modify {@code bytes} afterwards.
     */
    public static WasmModule compileOwned(byte[] bytes, ExecutionMode mode) {
        Module m = ModuleDecoder.decode(bytes);
        return new WasmModule(m, Validator.validate(m), mode);
    }

    /** Parses a module in the text format (WAT) and compiles it. */
    public static WasmModule fromText(String wat) {
        return fromText(wat, ExecutionMode.configured());
    }

    /** {@link #fromText(String)} with an explicit execution mode. */
    public static WasmModule fromText(String wat, ExecutionMode mode) {
        Module m = ModuleDecoder.decode(Wat.toBinary(wat));
        return new WasmModule(m, Validator.validate(m), mode);
    }

    /** How this module's functions are executed. */
    public ExecutionMode executionMode() {
        return mode;
    }

    /** The execution tier (for diagnostics: a {@link CompilerTier} reports what it compiled). */
    public ExecutionTier tier() {
        return tier;
    }

    /** Whether {@code bytes} are a valid module ({@code WebAssembly.validate}). */
    public static boolean validate(byte[] bytes) {
        try {
            compile(bytes);
            return true;
        } catch (CompileException e) {
            return false;
        }
    }

    /** The decoded module (types, imports, exports, sections). */
    public Module module() {
        return module;
    }

    /** The validation context, for execution tiers. */
    public ModuleContext context() {
        return context;
    }

    public List<Import> imports() {
        return module.imports();
    }

    public List<Export> exports() {
        return module.exports();
    }

    /** Copies of the contents of the custom sections called {@code name}, in module order. */
    public List<byte[]> customSections(String name) {
        return module.customSectionContents(name);
    }

    /**
     * Instantiates the module, resolving each import by its two-level name in {@code imports}.
     *
     * @throws LinkException if an import is missing or has the wrong type
     * @throws Trap if an active segment is out of bounds or the start function traps
     */
    public WasmInstance instantiate(Imports imports) {
        List<Object> resolved = new ArrayList<>();
        for (Import imp : module.imports()) {
            resolved.add(imports.resolve(imp));
        }
        return new WasmInstance(instantiate(resolved));
    }

    /** Instantiates with external values already in import order (runtime objects). */
    public Instance instantiate(List<?> externals) {
        return new Instantiator(tier).instantiate(module, externals);
    }
}
