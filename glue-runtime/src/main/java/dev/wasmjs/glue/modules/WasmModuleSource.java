package dev.wasmjs.glue.modules;

import dev.wasmjs.engine.CompileException;
import dev.wasmjs.engine.binary.ModuleDecoder;
import dev.wasmjs.engine.syntax.Export;
import dev.wasmjs.engine.syntax.Import;
import dev.wasmjs.engine.syntax.Module;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Generated JS for the wasm ESM integration: what {@code import * as wasm from './x_bg.wasm'} loads. */
public final class WasmModuleSource {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private WasmModuleSource() {
    }

    /**
     * The JS module standing in for an imported .wasm file (wasm ESM integration): it imports every module the
     * wasm imports from, instantiates the binary with those namespaces, and re-exports the instance's exports.
     */
    public static String of(Path wasmFile, byte[] bytes) {
        StringBuilder js = new StringBuilder();
        String path = quote(wasmFile.toString());
        Module module;
        try {
            module = ModuleDecoder.decode(bytes);
        } catch (CompileException e) {
            // Let WebAssembly.Module report the problem with its CompileError and message.
            return "globalThis[Symbol.for('wasmjs.internal')].instantiateWasmFile(" + path + ", {});\n";
        }
        Map<String, String> namespaces = new LinkedHashMap<>();
        for (Import imp : module.imports()) {
            if (!namespaces.containsKey(imp.module())) {
                String var = "__wasmjs_import" + namespaces.size();
                namespaces.put(imp.module(), var);
                js.append("import * as ").append(var).append(" from ").append(quote(imp.module())).append(";\n");
            }
        }
        js.append("const __wasmjs_instance = globalThis[Symbol.for('wasmjs.internal')].instantiateWasmFile(")
                .append(path).append(", {");
        boolean first = true;
        for (Map.Entry<String, String> e : namespaces.entrySet()) {
            js.append(first ? "" : ", ").append(quote(e.getKey())).append(": ").append(e.getValue());
            first = false;
        }
        js.append("});\n");
        int i = 0;
        for (Export exp : module.exports()) {
            String var = "__wasmjs_export" + i++;
            js.append("const ").append(var).append(" = __wasmjs_instance.exports[").append(quote(exp.name())).append("];\n");
            String exported = IDENTIFIER.matcher(exp.name()).matches() ? exp.name() : quote(exp.name());
            js.append("export { ").append(var).append(" as ").append(exported).append(" };\n");
        }
        return js.toString();
    }

    public static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
