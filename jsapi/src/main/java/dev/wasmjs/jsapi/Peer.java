package dev.wasmjs.jsapi;

import java.nio.ByteBuffer;
import org.graalvm.polyglot.Value;

/**
 * What one context knows about one engine object: its JS object (created on first need), and for functions the
 * index that becomes the Exported Function's {@code name}, for memories the buffer handed out for the current
 * size ({@code Memory.prototype.buffer} is the same object until the memory grows).
 */
final class Peer {
    final JsRealm realm;
    Value js;
    int functionIndex = -1;
    Value buffer;
    ByteBuffer bufferBytes;
    boolean listening;

    Peer(JsRealm realm) {
        this.realm = realm;
    }
}
