package dev.wasmjs.jsapi;

import java.util.List;

/**
 * A {@code WebAssemblyCompileOptions} dictionary after its Web IDL conversion (done in webassembly.js): the builtin
 * set names a module is compiled with (its [[BuiltinSets]]) and the module name string constants are imported from
 * (its [[ImportedStringModule]], null for none). Options that enable nothing are never made: webassembly.js passes
 * null instead, so modules compiled without options cost nothing here.
 *
 * <p>Public only because GraalJS host access requires it; not an API.
 */
public record CompileOptions(List<String> builtinSets, String importedStringModule) {
    public CompileOptions {
        builtinSets = List.copyOf(builtinSets);
    }
}
