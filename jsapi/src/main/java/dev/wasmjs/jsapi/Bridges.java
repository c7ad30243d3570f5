package dev.wasmjs.jsapi;

import org.graalvm.polyglot.HostAccess;

/**
 * The Java objects webassembly.js calls, grouped as it sees them ({@code J.module}, {@code J.calls}, ...).
 *
 * <p>Public only because GraalJS host access requires it; not an API.
 */
public final class Bridges {
    @HostAccess.Export
    public final ModuleOps module;
    @HostAccess.Export
    public final InstanceOps instance;
    @HostAccess.Export
    public final MemoryOps memory;
    @HostAccess.Export
    public final TableOps table;
    @HostAccess.Export
    public final GlobalOps global;
    @HostAccess.Export
    public final ExceptionOps exceptions;
    @HostAccess.Export
    public final CallBridge calls;
    @HostAccess.Export
    public final GeneratedCode code = new GeneratedCode();
    @HostAccess.Export
    public final BuiltinOps builtins;

    Bridges(JsRealm realm) {
        this.calls = new CallBridge(realm);
        this.module = new ModuleOps(realm);
        this.instance = new InstanceOps(realm, calls);
        this.memory = new MemoryOps(realm);
        this.table = new TableOps(realm);
        this.global = new GlobalOps(realm);
        this.exceptions = new ExceptionOps(realm);
        this.builtins = new BuiltinOps(realm);
    }
}
