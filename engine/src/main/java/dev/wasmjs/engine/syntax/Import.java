package dev.wasmjs.engine.syntax;

import dev.wasmjs.engine.types.ExternType;

/** An import: the two-level name and the type the module requires. */
public record Import(String module, String name, ExternType type) {}
