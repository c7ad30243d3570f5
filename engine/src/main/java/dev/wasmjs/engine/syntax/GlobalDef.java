package dev.wasmjs.engine.syntax;

import dev.wasmjs.engine.types.GlobalType;

/** A global defined by the module, with its initialiser. */
public record GlobalDef(GlobalType type, ConstExpr init) {}
