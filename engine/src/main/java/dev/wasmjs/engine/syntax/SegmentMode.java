package dev.wasmjs.engine.syntax;

/** How an element or data segment is used: copied at instantiation, kept for {@code *.init}, or only declared. */
public enum SegmentMode { ACTIVE, PASSIVE, DECLARATIVE }
