package dev.wasmjs.jsapi;

import dev.wasmjs.engine.CompileException;
import dev.wasmjs.engine.WasmModule;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * JS String Builtins and imported string constants for webassembly.js: the converted compile options, their
 * validation against a module ({@link BuiltinImports}), and the imports they provide at instantiation.
 *
 * <p>Public only because GraalJS host access requires it; not an API.
 */
public final class BuiltinOps {
    private final JsRealm realm;

    BuiltinOps(JsRealm realm) {
        this.realm = realm;
    }

    /** Options from converted members: a JS array of builtin set names, and a module name or null. */
    @HostAccess.Export
    public CompileOptions options(Value builtinSets, String importedStringModule) {
        int n = (int) builtinSets.getArraySize();
        List<String> names = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            names.add(builtinSets.getArrayElement(i).asString());
        }
        return new CompileOptions(names, importedStringModule);
    }

    /** The module's builtin imports under {@code options}; a CompileError when they are invalid. */
    @HostAccess.Export
    public BuiltinImports check(WasmModule m, CompileOptions options, String where) {
        try {
            return BuiltinImports.of(m, options);
        } catch (BuiltinImports.Invalid e) {
            throw realm.raise("CompileError", where + ": " + e.getMessage());
        }
    }

    /** {@code WebAssembly.validate} with options: the bytes are a valid module and its builtin imports are valid. */
    @HostAccess.Export
    public boolean validate(SourceBytes bytes, CompileOptions options) {
        try {
            BuiltinImports.of(ModuleOps.compileChecked(bytes), options);
            return true;
        } catch (CompileException | EmbeddingLimits.Exceeded | BuiltinImports.Invalid e) {
            return false;
        } catch (RuntimeException | StackOverflowError e) {
            throw realm.errors.toJs(e);
        }
    }

    @HostAccess.Export
    public boolean provides(BuiltinImports imports, int i) {
        return imports.provides(i);
    }

    /** The provided imports of one instantiation, in import order (null where the import object provides one). */
    @HostAccess.Export
    public Object[] instantiate(BuiltinImports imports, WasmModule m) {
        return imports.instantiate(m, realm);
    }
}
