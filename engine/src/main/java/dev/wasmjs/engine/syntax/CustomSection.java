package dev.wasmjs.engine.syntax;

/** A custom section: its name and where its payload lies in the module bytes. */
public record CustomSection(String name, int contentStart, int contentEnd) {}
