package dev.wasmjs.engine.binary;

import dev.wasmjs.engine.CompileException;
import java.util.Map;

/**
 * Reads function names from the {@code name} custom section. Custom sections never make a module invalid, so
 * anything ill-formed here is ignored: names are a debugging aid.
 */
final class NameSection {
    private static final int FUNCTION_NAMES = 1;

    private NameSection() {
    }

    static void read(byte[] bytes, int start, int end, Map<Integer, String> functionNames) {
        ByteReader in = new ByteReader(bytes, start, end);
        try {
            while (!in.atEnd()) {
                int id = in.u8();
                int size = in.u32();
                if (size < 0 || size > in.remaining()) {
                    return;
                }
                int subEnd = in.pos() + size;
                if (id == FUNCTION_NAMES) {
                    int limit = in.pushLimit(subEnd);
                    int n = in.u32();
                    for (int i = 0; i < n && !in.atEnd(); i++) {
                        int index = in.u32();
                        functionNames.put(index, in.name());
                    }
                    in.setLimit(limit);
                }
                in.seek(subEnd);
            }
        } catch (CompileException e) {
            // Ill-formed names: keep whatever was read before the problem.
        }
    }
}
