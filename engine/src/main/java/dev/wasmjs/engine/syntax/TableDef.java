package dev.wasmjs.engine.syntax;

import dev.wasmjs.engine.types.TableType;

/** A table defined by the module; {@code init} (nullable) fills every element, else they start null. */
public record TableDef(TableType type, ConstExpr init) {}
