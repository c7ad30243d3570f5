package dev.wasmjs.engine.runtime;

/** A 128-bit vector value as two little-endian halves ({@code low} holds bytes 0..7). */
public record V128(long low, long high) {}
