package dev.wasmjs.jsapi;

/**
 * The bytes of a buffer source, copied when a JS API method was called (later changes to the buffer do not affect
 * the module). {@code bytes} is null for a source over the module size limit, which is never copied.
 *
 * <p>Public only because GraalJS host access requires it; not an API.
 */
public record SourceBytes(byte[] bytes, long length) {
}
