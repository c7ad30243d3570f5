package dev.wasmjs.engine.compile;

import static dev.wasmjs.engine.compile.JvmTypes.INSTANCE;
import static dev.wasmjs.engine.compile.JvmTypes.MEMORY;
import static dev.wasmjs.engine.compile.JvmTypes.OBJECT;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_void;

import dev.wasmjs.engine.binary.Instruction;
import dev.wasmjs.engine.syntax.Module;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;

/**
 * Bulk memory and table instructions ({@code memory.fill/copy/init}, {@code data.drop}, {@code table.*},
 * {@code elem.drop}): calls of {@link Support} helpers with addresses widened to unsigned longs.
 */
final class BulkEmitter {
    private final FunctionEmitter e;
    private final CodeBuilder cb;
    private final Module module;

    BulkEmitter(FunctionEmitter e) {
        this.e = e;
        this.cb = e.code();
        this.module = e.module();
    }

    void instruction(Instruction insn) {
        switch (insn.opcode) {
            case DATA_DROP -> {
                e.loadInstance();
                cb.loadConstant(insn.index);
                e.support("dataDrop", CD_void, INSTANCE, CD_int);
            }
            case ELEM_DROP -> {
                e.loadInstance();
                cb.loadConstant(insn.index);
                e.support("elemDrop", CD_void, INSTANCE, CD_int);
            }
            case MEMORY_FILL -> {
                boolean m64 = module.memoryTypes().get(insn.index).address64();
                e.need(3);
                e.loadMemory(insn.index);
                ClassDesc a = m64 ? CD_long : CD_int;
                e.support(m64 ? "memoryFill64" : "memoryFill", CD_void, a, CD_int, a, MEMORY);
                e.popN(3);
            }
            case MEMORY_COPY -> {
                e.spillAll();
                e.loadAddress(e.sp() - 3, true);
                e.loadAddress(e.sp() - 2, true);
                e.loadAddress(e.sp() - 1, true);
                e.popN(3);
                e.loadMemory(insn.index);
                e.loadMemory(insn.index2);
                e.support("memoryCopy", CD_void, CD_long, CD_long, CD_long, MEMORY, MEMORY);
            }
            case MEMORY_INIT -> {
                e.spillAll();
                e.loadAddress(e.sp() - 3, true);
                e.loadSpilled(e.sp() - 2);
                e.loadSpilled(e.sp() - 1);
                e.popN(3);
                e.loadInstance();
                cb.loadConstant(insn.index);
                cb.loadConstant(insn.index2);
                e.support("memoryInit", CD_void, CD_long, CD_int, CD_int, INSTANCE, CD_int, CD_int);
            }
            case TABLE_SIZE -> {
                e.loadInstance();
                cb.loadConstant(insn.index);
                e.support("tableSize", CD_long, INSTANCE, CD_int);
                pushTableIndex(insn.index);
            }
            case TABLE_GROW -> {
                e.spillAll();
                e.loadSpilled(e.sp() - 2);
                e.loadAddress(e.sp() - 1, true);
                e.popN(2);
                e.loadInstance();
                cb.loadConstant(insn.index);
                e.support("tableGrow", CD_long, OBJECT, CD_long, INSTANCE, CD_int);
                pushTableIndex(insn.index);
            }
            case TABLE_FILL -> {
                e.spillAll();
                e.loadAddress(e.sp() - 3, true);
                e.loadSpilled(e.sp() - 2);
                e.loadAddress(e.sp() - 1, true);
                e.popN(3);
                e.loadInstance();
                cb.loadConstant(insn.index);
                e.support("tableFill", CD_void, CD_long, OBJECT, CD_long, INSTANCE, CD_int);
            }
            case TABLE_COPY -> {
                e.spillAll();
                e.loadAddress(e.sp() - 3, true);
                e.loadAddress(e.sp() - 2, true);
                e.loadAddress(e.sp() - 1, true);
                e.popN(3);
                e.loadInstance();
                cb.loadConstant(insn.index);
                cb.loadConstant(insn.index2);
                e.support("tableCopy", CD_void, CD_long, CD_long, CD_long, INSTANCE, CD_int, CD_int);
            }
            case TABLE_INIT -> {
                e.spillAll();
                e.loadAddress(e.sp() - 3, true);
                e.loadSpilled(e.sp() - 2);
                e.loadSpilled(e.sp() - 1);
                e.popN(3);
                e.loadInstance();
                cb.loadConstant(insn.index);
                cb.loadConstant(insn.index2);
                e.support("tableInit", CD_void, CD_long, CD_int, CD_int, INSTANCE, CD_int, CD_int);
            }
            default -> throw new AssertionError(insn.opcode);
        }
    }

    /** Pushes a size or old size the runtime returned as a long: as is for a table64, else as an i32. */
    private void pushTableIndex(int table) {
        if (module.tableTypes().get(table).address64()) {
            e.push(TypeKind.LONG);
        } else {
            cb.l2i();
            e.push(TypeKind.INT);
        }
    }
}
