package dev.wasmjs.engine.syntax;

import dev.wasmjs.engine.types.ExternKind;

/** An export: its name and the index, in the index space of its kind, of what it exports. */
public record Export(String name, ExternKind kind, int index) {}
