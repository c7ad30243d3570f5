package dev.wasmjs.jsapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Large modules compile on a background thread when the host has an event loop; small ones in a promise job. */
class HostEventLoopTest {
    /** A minimal event loop: background work on an executor, continuations queued for the test thread. */
    static final class Loop implements HostEventLoop {
        final ExecutorService pool = Executors.newSingleThreadExecutor();
        final LinkedBlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
        volatile String workerThread;
        int started;

        @Override
        public void runInBackground(Runnable work, Runnable then) {
            started++;
            pool.execute(() -> {
                workerThread = Thread.currentThread().getName();
                try {
                    work.run();
                } finally {
                    tasks.add(then);
                }
            });
        }

        void runOneTask() throws InterruptedException {
            Runnable t = tasks.poll(30, TimeUnit.SECONDS);
            if (t == null) {
                throw new AssertionError("no task arrived");
            }
            t.run();
        }
    }

    /** A valid module of about {@code size} bytes: one large custom section. */
    static byte[] moduleOfSize(int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0, 0});
        int payload = size;
        int contentLength = payload + 2;  // name length byte + 1-byte name
        for (int v = contentLength; ; ) {
            int b = v & 0x7F;
            v >>>= 7;
            out.write(v == 0 ? b : b | 0x80);
            if (v == 0) {
                break;
            }
        }
        out.write(1);
        out.write('x');
        out.writeBytes(new byte[payload]);
        return out.toByteArray();
    }

    @Test
    void largeModulesCompileOnTheLoopsBackgroundThread() throws InterruptedException {
        Loop loop = new Loop();
        try (JsContext js = new JsContext(loop)) {
            js.bytes("big", moduleOfSize(WebAssemblyJs.BACKGROUND_COMPILE_THRESHOLD));
            assertEquals("pending", js.async("const m = await WebAssembly.compile(big); return WebAssembly.Module.customSections(m, 'x')[0].byteLength;"));
            assertEquals(1, loop.started);
            loop.runOneTask();
            assertEquals(String.valueOf(WebAssemblyJs.BACKGROUND_COMPILE_THRESHOLD), js.eval("globalThis.__outcome").asString());
            assertNotEquals(Thread.currentThread().getName(), loop.workerThread);

            js.bytes("bad", new byte[WebAssemblyJs.BACKGROUND_COMPILE_THRESHOLD]);
            assertEquals("pending", js.async("await WebAssembly.instantiate(bad);"));
            loop.runOneTask();
            assertEquals("rejected: CompileError", js.eval("globalThis.__outcome.split(':').slice(0, 2).join(':')").asString());
        } finally {
            loop.pool.shutdownNow();
        }
    }

    @Test
    void smallModulesSettleInAPromiseJobWithoutTheLoop() {
        Loop loop = new Loop();
        try (JsContext js = new JsContext(loop)) {
            js.module("small", "(module (func (export \"f\") (result i32) i32.const 3))");
            assertEquals("3", js.async("const { instance } = await WebAssembly.instantiate(small); return instance.exports.f();"));
            assertEquals(0, loop.started);
            assertEquals("sync-first", js.str("""
                    const order = [];
                    WebAssembly.compile(small).then(() => order.push('settled'));
                    order.push('sync-first');
                    return order.join();
                    """));
        } finally {
            loop.pool.shutdownNow();
        }
    }
}
