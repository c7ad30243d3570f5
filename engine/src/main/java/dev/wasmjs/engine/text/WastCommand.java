package dev.wasmjs.engine.text;

import java.util.List;

/**
 * One top-level command of a WAST script. Every command remembers the line it starts on so a runner can
 * point at the failing assertion.
 */
public sealed interface WastCommand {
    int line();

    /**
     * {@code (module $id? ...)}, {@code (module $id? binary ...)}, {@code (module $id? quote ...)} and
     * {@code (module definition $id? ...)}. A definition is only compiled; {@link ModuleInstance} instantiates it.
     */
    record ModuleCommand(int line, String id, WastModule module, boolean definitionOnly) implements WastCommand {}

    /** {@code (module instance $instance? $definition?)}: instantiate a module definition (the last one if unnamed). */
    record ModuleInstance(int line, String instanceId, String definitionId) implements WastCommand {}

    /** {@code (register "name" $id?)}: make the named (or last) instance importable under {@code name}. */
    record Register(int line, String name, String moduleId) implements WastCommand {}

    /** A bare {@code (invoke ...)} or {@code (get ...)} whose result is ignored. */
    record ActionCommand(int line, WastAction action) implements WastCommand {}

    /** {@code (assert_return action result*)}. */
    record AssertReturn(int line, WastAction action, List<WastExpected> expected) implements WastCommand {
        public AssertReturn {
            expected = List.copyOf(expected);
        }
    }

    /** {@code (assert_trap action "msg")} — a trap while running an action. */
    record AssertTrap(int line, WastAction action, String message) implements WastCommand {}

    /** {@code (assert_trap (module ...) "msg")} — instantiation traps (e.g. in the start function). */
    record AssertUninstantiable(int line, WastModule module, String message) implements WastCommand {}

    /** {@code (assert_exhaustion action "msg")}. */
    record AssertExhaustion(int line, WastAction action, String message) implements WastCommand {}

    /** {@code (assert_exception action)}: the action throws a wasm exception. */
    record AssertException(int line, WastAction action) implements WastCommand {}

    /** {@code (assert_malformed module "msg")}: decoding (or, for quote modules, parsing) must fail. */
    record AssertMalformed(int line, WastModule module, String message) implements WastCommand {}

    /** {@code (assert_invalid module "msg")}: the module decodes but must fail validation. */
    record AssertInvalid(int line, WastModule module, String message) implements WastCommand {}

    /** {@code (assert_unlinkable module "msg")}: the module is valid but instantiation fails at link time. */
    record AssertUnlinkable(int line, WastModule module, String message) implements WastCommand {}
}
