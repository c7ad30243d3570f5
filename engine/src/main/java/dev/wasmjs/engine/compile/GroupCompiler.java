package dev.wasmjs.engine.compile;

import static dev.wasmjs.engine.compile.JvmTypes.INSTANCE;
import static dev.wasmjs.engine.compile.JvmTypes.OBJECT;
import static dev.wasmjs.engine.compile.JvmTypes.VALUE_STACK;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_void;

import dev.wasmjs.engine.runtime.Instance;
import dev.wasmjs.engine.syntax.Module;
import dev.wasmjs.engine.types.FuncType;
import dev.wasmjs.engine.validate.FunctionValidator;
import dev.wasmjs.engine.validate.ModuleContext;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.MethodModel;
import java.lang.classfile.TypeKind;
import java.lang.classfile.attribute.CodeAttribute;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles a group of functions into one hidden class: per function a static method {@code f<index>} (the
 * translated code, see {@link FunctionEmitter}) and a stack-convention entry {@code s<index>}, plus an
 * {@link CompiledGroup#invoke} that dispatches to the entries. Functions the compiler does not take are left
 * out (the class is rebuilt without them) and reported back with the reason.
 */
final class GroupCompiler {
    private GroupCompiler() {
    }

    /** HotSpot does not JIT-compile methods with more bytecode than this ({@code -XX:-DontCompileHugeMethods}). */
    static final int HUGE_METHOD_LIMIT = 8000;

    private static final ClassDesc CLASS = ClassDesc.of(GroupCompiler.class.getPackageName() + ".WasmCode");
    private static final ClassDesc COMPILED_GROUP = JvmTypes.desc(CompiledGroup.class);
    private static final ClassFile CLASS_FILE = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(
            ClassHierarchyResolver.ofClassLoading(GroupCompiler.class.getClassLoader())
                    .orElse(ClassHierarchyResolver.defaultResolver()).cached()));

    static String methodName(int funcIndex) {
        return "f" + funcIndex;
    }

    private static String entryName(int funcIndex) {
        return "s" + funcIndex;
    }

    /** The body of a function that makes tail calls (see {@link TailCall}); its {@code f<index>} is the entry. */
    static String bodyName(int funcIndex) {
        return "t" + funcIndex;
    }

    /** What came out: the group object and each compiled function's method, and the functions left out. */
    record Result(CompiledGroup group, Map<Integer, MethodHandle> methods, Map<Integer, MethodHandle> tailBodies,
            Map<Integer, String> rejected) {
    }

    /**
     * Compiles {@code functions} (indices in the module's function space, ascending).
     *
     * @param strict   whether an unexpected failure (a compiler bug) is thrown instead of leaving the function
     *                 interpreted
     */
    static Result compile(CompilerTier tier, int[] functions, boolean strict) {
        ModuleContext ctx = tier.context();
        Module module = ctx.module();
        Map<Integer, String> rejected = new LinkedHashMap<>();
        List<Integer> candidates = new ArrayList<>();
        java.util.Set<Integer> tailCalling = new java.util.HashSet<>();
        for (int f : functions) {
            candidates.add(f);
            if (TailCall.makesTailCalls(module, f)) {
                tailCalling.add(f);
            }
        }
        while (true) {
            if (candidates.isEmpty()) {
                return new Result(null, Map.of(), Map.of(), rejected);
            }
            int[] current = {-1};
            byte[] bytes;
            try {
                bytes = build(ctx, module, candidates, tailCalling, current);
            } catch (NotCompilable e) {
                reject(candidates, rejected, current[0], e.getMessage());
                continue;
            } catch (RuntimeException e) {
                if (current[0] < 0 && isSizeLimit(e)) {
                    // Reported when the class bytes are written, after the loop over functions: the message names
                    // the method, and so the function.
                    current[0] = functionNamedIn(String.valueOf(e.getMessage()));
                }
                if (current[0] < 0) {
                    throw e;
                }
                if (strict && !isSizeLimit(e)) {
                    throw new IllegalStateException("compiling function " + current[0] + " failed: " + e, e);
                }
                reject(candidates, rejected, current[0], "JVM class generation failed: " + e.getMessage());
                continue;
            }
            List<Integer> huge = hugeMethods(bytes);
            if (!huge.isEmpty() && !HugeMethodPolicy.keepHugeMethods()) {
                for (int f : huge) {
                    reject(candidates, rejected, f, "over " + HUGE_METHOD_LIMIT + " bytes of bytecode (the JVM runs "
                            + "without -XX:-DontCompileHugeMethods, so it would not JIT-compile it)");
                }
                continue;
            }
            return define(tier, module, bytes, candidates, tailCalling, rejected);
        }
    }

    /** The function whose method ({@code f<N>} or {@code t<N>}) a class-generation message names, else -1. */
    private static int functionNamedIn(String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\bin [ft](\\d+)\\(").matcher(message);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static boolean isSizeLimit(RuntimeException e) {
        String m = String.valueOf(e.getMessage());
        // The classfile API's words for a method over 64 KiB of code vary by where it notices ("Code length ... is
        // outside the allowed range" when the body is assembled).
        return m.contains("65535") || m.contains("too large") || m.contains("exceeds")
                || m.contains("outside the allowed range");
    }

    private static void reject(List<Integer> candidates, Map<Integer, String> rejected, int f, String reason) {
        candidates.remove(Integer.valueOf(f));
        rejected.put(f, reason);
    }

    private static List<Integer> hugeMethods(byte[] bytes) {
        List<Integer> huge = new ArrayList<>();
        ClassModel model = ClassFile.of().parse(bytes);
        for (MethodModel m : model.methods()) {
            String name = m.methodName().stringValue();
            if (name.startsWith("f") || name.startsWith("t")) {
                m.findAttribute(java.lang.classfile.Attributes.code()).ifPresent(code -> {
                    if (((CodeAttribute) code).codeLength() > HUGE_METHOD_LIMIT) {
                        huge.add(Integer.parseInt(name.substring(1)));
                    }
                });
            }
        }
        return huge;
    }

    private static Result define(CompilerTier tier, Module module, byte[] bytes, List<Integer> functions,
            java.util.Set<Integer> tailCalling,
            Map<Integer, String> rejected) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup().defineHiddenClassWithClassData(bytes, tier, true);
            Class<?> c = lookup.lookupClass();
            CompiledGroup group = (CompiledGroup) lookup.findConstructor(c, java.lang.invoke.MethodType.methodType(void.class))
                    .invoke();
            Map<Integer, MethodHandle> methods = new HashMap<>();
            Map<Integer, MethodHandle> bodies = new HashMap<>();
            for (int f : functions) {
                FuncType ft = module.functionTypes().get(f).funcType();
                methods.put(f, lookup.findStatic(c, methodName(f), JvmTypes.methodType(ft, Instance.class)));
                if (tailCalling.contains(f)) {
                    bodies.put(f, lookup.findStatic(c, bodyName(f),
                            JvmTypes.methodType(ft, Instance.class, TailCall.class, int.class)));
                }
            }
            return new Result(group, methods, bodies, rejected);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot define compiled class", e);
        }
    }

    private static byte[] build(ModuleContext ctx, Module module, List<Integer> functions,
            java.util.Set<Integer> tailCalling, int[] current) {
        java.util.Set<Integer> members = new java.util.HashSet<>(functions);
        FunctionEmitter.CallTargets targets = new FunctionEmitter.CallTargets() {
            @Override
            public boolean inThisClass(int funcIndex) {
                return members.contains(funcIndex);
            }

            @Override
            public boolean makesTailCalls(int funcIndex) {
                return tailCalling.contains(funcIndex);
            }
        };
        return CLASS_FILE.build(CLASS, clb -> {
            clb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SYNTHETIC);
            clb.withInterfaceSymbols(COMPILED_GROUP);
            clb.withMethodBody(ConstantDescs.INIT_NAME, ConstantDescs.MTD_void, ClassFile.ACC_PUBLIC, cb -> {
                cb.aload(0);
                cb.invokespecial(ConstantDescs.CD_Object, ConstantDescs.INIT_NAME, ConstantDescs.MTD_void);
                cb.return_();
            });
            for (int f : functions) {
                current[0] = f;
                FuncType ft = module.functionTypes().get(f).funcType();
                boolean tail = tailCalling.contains(f);
                MethodTypeDesc desc = tail ? JvmTypes.tailBodyDesc(ft) : JvmTypes.functionDesc(ft);
                clb.withMethodBody(tail ? bodyName(f) : methodName(f), desc, ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC,
                        cb -> FunctionValidator.validateFunction(ctx, f,
                                new FunctionEmitter(cb, CLASS, targets, module, f, tail)));
                if (tail) {
                    clb.withMethodBody(methodName(f), JvmTypes.functionDesc(ft),
                            ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC, cb -> emitTailEntry(cb, ft, f));
                }
            }
            current[0] = -1;
            for (int f : functions) {
                FuncType ft = module.functionTypes().get(f).funcType();
                clb.withMethodBody(entryName(f), MethodTypeDesc.of(CD_void, VALUE_STACK, CD_int, INSTANCE),
                        ClassFile.ACC_STATIC, cb -> emitStackEntry(cb, f, ft));
            }
            clb.withMethodBody("invoke", MethodTypeDesc.of(CD_void, CD_int, VALUE_STACK, CD_int, INSTANCE),
                    ClassFile.ACC_PUBLIC, cb -> emitDispatch(cb, functions));
        });
    }

    /** {@code static void s<f>(ValueStack st, int base, Instance inst)}: arguments from the stack, results back. */
    private static void emitStackEntry(CodeBuilder cb, int f, FuncType ft) {
        int st = 0;
        int base = 1;
        int inst = 2;
        int slots = 3;
        int refs = 4;
        int result = 5;
        cb.aload(st);
        cb.getfield(VALUE_STACK, "slots", CD_long.arrayType());
        cb.astore(slots);
        cb.aload(st);
        cb.getfield(VALUE_STACK, "refs", OBJECT.arrayType());
        cb.astore(refs);
        TypeKind[] params = JvmTypes.slotKinds(ft.params());
        for (int offset = 0; offset < params.length; offset++) {
            TypeKind k = params[offset];
            cb.aload(k == TypeKind.REFERENCE ? refs : slots);
            cb.iload(base);
            if (offset > 0) {
                cb.loadConstant(offset);
                cb.iadd();
            }
            if (k == TypeKind.REFERENCE) {
                cb.aaload();
            } else {
                cb.laload();
                SlotCodec.fromBits(cb, k);
            }
        }
        cb.aload(inst);
        cb.invokestatic(CLASS, methodName(f), JvmTypes.functionDesc(ft));
        TypeKind[] results = JvmTypes.slotKinds(ft.results());
        if (results.length == 1) {
            TypeKind k = results[0];
            cb.storeLocal(k, result);
            cb.aload(st);
            if (k == TypeKind.REFERENCE) {
                cb.getfield(VALUE_STACK, "refs", OBJECT.arrayType());
                cb.iload(base);
                cb.aload(result);
                cb.aastore();
            } else {
                cb.getfield(VALUE_STACK, "slots", CD_long.arrayType());
                cb.iload(base);
                cb.loadLocal(k, result);
                SlotCodec.toBits(cb, k);
                cb.lastore();
            }
        } else if (results.length > 1) {
            cb.aload(st);
            cb.iload(base);
            cb.invokevirtual(JvmTypes.MULTI_VALUE, "toStack", MethodTypeDesc.of(CD_void, VALUE_STACK, CD_int));
        }
        cb.return_();
    }

    /**
     * The entry of a tail-calling function: runs its body at depth 0 with the thread's {@link TailCall}, then the
     * tail calls left pending by the trampoline until none is.
     */
    private static void emitTailEntry(CodeBuilder cb, FuncType ft, int f) {
        TypeKind[] params = JvmTypes.slotKinds(ft.params());
        ClassDesc ret = JvmTypes.returnDesc(ft.results());
        TypeKind rk = TypeKind.from(ret);
        int slot = 0;
        for (TypeKind k : params) {
            slot += k.slotSize();
        }
        int inst = slot;
        int tc = inst + 1;
        int handle = tc + 1;
        int result = handle + 1;
        cb.invokestatic(TailAdapters.TAIL_CALL, "current", MethodTypeDesc.of(TailAdapters.TAIL_CALL));
        cb.astore(tc);
        slot = 0;
        for (TypeKind k : params) {
            cb.loadLocal(k, slot);
            slot += k.slotSize();
        }
        cb.aload(inst);
        cb.aload(tc);
        cb.iconst_0();
        cb.invokestatic(CLASS, bodyName(f), JvmTypes.tailBodyDesc(ft));
        if (rk != TypeKind.VOID) {
            cb.storeLocal(rk, result);
        }
        Label loop = cb.newBoundLabel();
        Label done = cb.newLabel();
        cb.aload(tc);
        cb.getfield(TailAdapters.TAIL_CALL, "resume", JvmTypes.METHOD_HANDLE);
        cb.astore(handle);
        cb.aload(handle);
        cb.ifnull(done);
        cb.aload(tc);
        cb.aconst_null();
        cb.putfield(TailAdapters.TAIL_CALL, "resume", JvmTypes.METHOD_HANDLE);
        cb.aload(handle);
        cb.aload(tc);
        cb.invokevirtual(JvmTypes.METHOD_HANDLE, "invokeExact", MethodTypeDesc.of(ret, TailAdapters.TAIL_CALL));
        if (rk != TypeKind.VOID) {
            cb.storeLocal(rk, result);
        }
        cb.goto_(loop);
        cb.labelBinding(done);
        if (rk != TypeKind.VOID) {
            cb.loadLocal(rk, result);
        }
        cb.return_(rk);
    }

    private static void emitDispatch(CodeBuilder cb, List<Integer> functions) {
        Label dflt = cb.newLabel();
        List<SwitchCase> cases = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        for (int f : functions) {
            Label l = cb.newLabel();
            labels.add(l);
            cases.add(SwitchCase.of(f, l));
        }
        cb.iload(1);
        cb.tableswitch(functions.get(0), functions.get(functions.size() - 1), dflt, cases);
        for (int i = 0; i < functions.size(); i++) {
            cb.labelBinding(labels.get(i));
            cb.aload(2);
            cb.iload(3);
            cb.aload(4);
            cb.invokestatic(CLASS, entryName(functions.get(i)), MethodTypeDesc.of(CD_void, VALUE_STACK, CD_int, INSTANCE));
            cb.return_();
        }
        cb.labelBinding(dflt);
        cb.iload(1);
        cb.invokestatic(JvmTypes.SUPPORT, "notCompiled", MethodTypeDesc.of(JvmTypes.desc(RuntimeException.class), CD_int));
        cb.athrow();
    }
}
