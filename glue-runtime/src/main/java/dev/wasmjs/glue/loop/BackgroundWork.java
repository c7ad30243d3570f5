package dev.wasmjs.glue.loop;

import dev.wasmjs.jsapi.HostEventLoop;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The event loop's side of the JS API's background compilation: work runs on a shared daemon thread while the
 * loop is kept alive, and the continuation comes back as a task on the loop's (the JS) thread.
 */
public final class BackgroundWork implements HostEventLoop {
    /** One worker: the machines this runs on may have few cores, and the JS thread needs one of them. */
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "wasmjs-background-compile");
        t.setDaemon(true);
        return t;
    });

    private final EventLoop loop;

    public BackgroundWork(EventLoop loop) {
        this.loop = loop;
    }

    @Override
    public void runInBackground(Runnable work, Runnable then) {
        EventLoop.Pending pending = loop.beginPending();
        WORKER.execute(() -> {
            try {
                work.run();
            } finally {
                pending.complete(then);
            }
        });
    }
}
