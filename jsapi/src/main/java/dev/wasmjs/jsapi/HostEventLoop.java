package dev.wasmjs.jsapi;

/**
 * What the JS API needs from the host's event loop to compile large modules off the JS thread.
 *
 * <p>{@code WebAssembly.compile}, {@code instantiate} and the streaming variants must settle their promises in a
 * later job without blocking the JS thread longer than needed. Given a loop (see
 * {@link WebAssemblyJs#install(org.graalvm.polyglot.Context, HostEventLoop)}), modules of
 * {@link WebAssemblyJs#BACKGROUND_COMPILE_THRESHOLD} bytes or more are decoded and validated on a background thread
 * and the promise is settled from a task the loop runs on the JS thread. Without a loop (or for small modules)
 * compilation runs synchronously inside a promise job, which is still a later job than the call.
 *
 * <p>Implementations must be thread-safe: {@link #runInBackground} is called on the JS thread, but its
 * {@code then} task is handed back from the background thread.
 */
public interface HostEventLoop {
    /**
     * Runs {@code work} on some thread other than the JS thread, then {@code then} on the JS thread as a task of
     * its own (a macrotask, after the current one and its microtasks). The loop must stay alive (not exit) while
     * such work is pending, and must run {@code then} even if {@code work} throws.
     *
     * <p>What {@code work} wrote must be visible to {@code then} (handing {@code then} over through a concurrent
     * queue, as event loops do, guarantees that).
     *
     * @param work pure Java work; it never touches the JS context
     * @param then continuation that settles a promise; it must run with the context entered on the JS thread
     */
    void runInBackground(Runnable work, Runnable then);
}
