package dev.wasmjs.engine.runtime;

import dev.wasmjs.engine.LinkException;
import dev.wasmjs.engine.syntax.Import;
import dev.wasmjs.engine.types.ExternType;
import dev.wasmjs.engine.types.GlobalType;
import dev.wasmjs.engine.types.Limits;
import dev.wasmjs.engine.types.MemoryType;
import dev.wasmjs.engine.types.Subtyping;
import dev.wasmjs.engine.types.TableType;
import dev.wasmjs.engine.types.TagType;

/** Import matching of the spec: does a provided external value fit the type an import declares? */
final class ImportMatcher {
    private ImportMatcher() {
    }

    static void check(Import imp, Object value) {
        String what = "import \"" + imp.module() + "\" \"" + imp.name() + "\"";
        if (value == null) {
            throw new LinkException("unknown import: " + what + " was not provided");
        }
        String problem = switch (imp.type()) {
            case ExternType.Func f -> value instanceof WasmFunction fn
                    ? (fn.type().isSubtypeOf(f.type()) ? null : "function of type " + fn.type() + " where " + f.type() + " is required")
                    : "expected a function";
            case TableType t -> value instanceof Table tb ? tableProblem(tb, t) : "expected a table";
            case MemoryType m -> value instanceof Memory mem ? memoryProblem(mem, m) : "expected a memory";
            case GlobalType g -> value instanceof Global gl ? globalProblem(gl.type(), g) : "expected a global";
            case TagType t -> value instanceof Tag tag
                    ? (tag.type().type() == t.type() ? null : "tag of another type") : "expected a tag";
        };
        if (problem != null) {
            throw new LinkException("incompatible import type for " + what + ": " + problem);
        }
    }

    private static String tableProblem(Table table, TableType required) {
        TableType actual = table.type();
        if (!actual.elementType().equals(required.elementType())) {
            return "table of " + actual.elementType() + " where " + required.elementType() + " is required";
        }
        if (actual.address64() != required.address64()) {
            return "table address types differ";
        }
        Limits current = actual.limits().withMin(table.size());
        return current.matches(required.limits()) ? null
                : "table limits " + current + " do not fit " + required.limits();
    }

    private static String memoryProblem(Memory memory, MemoryType required) {
        MemoryType actual = memory.type();
        if (actual.address64() != required.address64()) {
            return "memory address types differ";
        }
        if (actual.shared() != required.shared()) {
            return "memory sharedness differs";
        }
        Limits current = actual.limits().withMin(memory.pages());
        return current.matches(required.limits()) ? null
                : "memory limits " + current + " do not fit " + required.limits();
    }

    private static String globalProblem(GlobalType actual, GlobalType required) {
        if (actual.mutable() != required.mutable()) {
            return "global mutability differs";
        }
        boolean ok = required.mutable() ? actual.type().equals(required.type())
                : Subtyping.isSubtype(actual.type(), required.type());
        return ok ? null : "global of type " + actual + " where " + required + " is required";
    }
}
