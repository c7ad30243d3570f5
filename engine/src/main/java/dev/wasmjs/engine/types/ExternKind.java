package dev.wasmjs.engine.types;

/** The kinds of importable/exportable entities, with their binary codes and the JS API's names for them. */
public enum ExternKind {
    FUNC(0, "function"), TABLE(1, "table"), MEMORY(2, "memory"), GLOBAL(3, "global"), TAG(4, "tag");

    public final int code;
    /** The name the JS API ({@code WebAssembly.Module.exports}) uses. */
    public final String jsName;

    ExternKind(int code, String jsName) {
        this.code = code;
        this.jsName = jsName;
    }

    public static ExternKind fromCode(int code) {
        return code >= 0 && code < 5 ? values()[code] : null;
    }
}
