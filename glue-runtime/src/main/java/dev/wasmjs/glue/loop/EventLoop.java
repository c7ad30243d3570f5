package dev.wasmjs.glue.loop;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The host's event loop, in node's phase order: expired timers, then queued tasks (I/O completions, posted
 * work), then immediates; repeat until nothing is pending. Every task is one outermost call into the guest,
 * so GraalJS drains the microtask queue after each of them, as browsers and node do between tasks.
 *
 * <p>All methods except {@link Pending#complete} and {@link #postFromAnyThread} must be called on the thread
 * that owns the JS context; other threads hand work back through an inbox the loop waits on.
 */
public final class EventLoop {
    /** Timer delays are clamped like node: below 1 ms or above a signed 32-bit count means 1 ms. */
    private static final double MAX_DELAY_MS = 2147483647.0;

    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private final Map<Integer, Timer> timersById = new HashMap<>();
    private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();
    private final ArrayDeque<Runnable> immediates = new ArrayDeque<>();
    private final LinkedBlockingQueue<Runnable> inbox = new LinkedBlockingQueue<>();
    private int nextTimerId = 1;
    private long nextSequence;
    private int refedTimers;
    private int pendingOperations;
    private boolean stopped;

    /** A unit of work that can fail; failures propagate out of {@link #run()} to the host, which reports them. */
    @FunctionalInterface
    public interface Task extends Runnable {
    }

    /** An operation running elsewhere (another thread) that keeps the loop alive until it completes. */
    public final class Pending {
        private boolean done;

        /** Thread-safe: queues {@code completion} to run on the loop thread and releases the keep-alive. */
        public void complete(Runnable completion) {
            inbox.add(() -> {
                if (!done) {
                    done = true;
                    pendingOperations--;
                    completion.run();
                }
            });
        }
    }

    private static final class Timer implements Comparable<Timer> {
        final int id;
        final Runnable callback;
        final double intervalMs;
        long dueNanos;
        long sequence;
        boolean refed = true;
        boolean cancelled;

        Timer(int id, Runnable callback, double intervalMs) {
            this.id = id;
            this.callback = callback;
            this.intervalMs = intervalMs;
        }

        @Override
        public int compareTo(Timer o) {
            int c = Long.compare(dueNanos, o.dueNanos);
            return c != 0 ? c : Long.compare(sequence, o.sequence);
        }
    }

    static double clampDelay(double delayMs) {
        if (!(delayMs >= 1) || delayMs > MAX_DELAY_MS) {
            return 1;
        }
        return delayMs;
    }

    /** Schedules {@code callback} after {@code delayMs} (repeating when {@code repeat}); returns the timer id. */
    public int setTimer(Runnable callback, double delayMs, boolean repeat) {
        double delay = clampDelay(delayMs);
        Timer t = new Timer(nextTimerId++, callback, repeat ? delay : -1);
        schedule(t, delay);
        timersById.put(t.id, t);
        refedTimers++;
        return t.id;
    }

    private void schedule(Timer t, double delayMs) {
        t.dueNanos = System.nanoTime() + (long) (delayMs * 1_000_000);
        t.sequence = nextSequence++;
        timers.add(t);
    }

    public void clearTimer(int id) {
        Timer t = timersById.remove(id);
        if (t != null) {
            t.cancelled = true;
            timers.remove(t);
            if (t.refed) {
                refedTimers--;
            }
        }
    }

    /** node's {@code timeout.ref()/unref()}: an unref'ed timer does not keep the program alive. */
    public void refTimer(int id, boolean ref) {
        Timer t = timersById.get(id);
        if (t != null && t.refed != ref) {
            t.refed = ref;
            refedTimers += ref ? 1 : -1;
        }
    }

    public boolean hasTimer(int id) {
        return timersById.containsKey(id);
    }

    /** node's {@code timeout.refresh()}: restart the timer's countdown with its original delay. */
    public void refreshTimer(int id, double delayMs) {
        Timer t = timersById.get(id);
        if (t != null) {
            timers.remove(t);
            schedule(t, clampDelay(t.intervalMs > 0 ? t.intervalMs : delayMs));
        }
    }

    /** Queues a task for the task phase (fetch completions, message events). Loop thread only. */
    public void post(Runnable task) {
        tasks.add(task);
    }

    /** Queues a task for the check phase, after the task phase ({@code setImmediate}). Loop thread only. */
    public void postImmediate(Runnable task) {
        immediates.add(task);
    }

    /** Thread-safe: queues a task from any thread. It does not keep the loop alive; see {@link #beginPending()}. */
    public void postFromAnyThread(Runnable task) {
        inbox.add(task);
    }

    /** Marks the start of an operation completing on another thread; the loop stays alive until it completes. */
    public Pending beginPending() {
        pendingOperations++;
        return new Pending();
    }

    /** Ends {@link #run()} after the current task (process.exit, a fatal error). */
    public void stop() {
        stopped = true;
    }

    public boolean isStopped() {
        return stopped;
    }

    /** Whether anything could still run: a ref'ed timer, a queued task, or an operation in flight. */
    public boolean isAlive() {
        return refedTimers > 0 || !tasks.isEmpty() || !immediates.isEmpty() || !inbox.isEmpty()
                || pendingOperations > 0;
    }

    /**
     * Runs until nothing is pending or {@link #stop()} is called. A task that throws ends the run with that
     * exception; the loop stays usable, so the caller can report it and decide whether to go on.
     */
    public void run() throws InterruptedException {
        stopped = false;
        while (!stopped && isAlive()) {
            runTimers();
            if (stopped) {
                return;
            }
            drainInbox();
            runQueue(tasks);
            if (stopped) {
                return;
            }
            runQueue(immediates);
            if (!stopped && tasks.isEmpty() && immediates.isEmpty() && isAlive()) {
                waitForWork();
            }
        }
    }

    private void runTimers() {
        long now = System.nanoTime();
        Timer t;
        while (!stopped && (t = timers.peek()) != null && t.dueNanos <= now) {
            timers.poll();
            if (t.intervalMs > 0) {
                schedule(t, t.intervalMs);
            } else {
                timersById.remove(t.id);
                if (t.refed) {
                    refedTimers--;
                }
            }
            t.callback.run();
        }
    }

    private void drainInbox() {
        Runnable r;
        while ((r = inbox.poll()) != null) {
            tasks.add(r);
        }
    }

    private void runQueue(ArrayDeque<Runnable> queue) {
        // Only what is queued now: tasks queued by these run in the next turn, after timers get a chance.
        int n = queue.size();
        for (int i = 0; i < n && !stopped; i++) {
            queue.poll().run();
        }
    }

    private void waitForWork() throws InterruptedException {
        Timer next = timers.peek();
        Runnable r;
        if (next != null) {
            long wait = next.dueNanos - System.nanoTime();
            if (wait <= 0) {
                return;
            }
            if (refedTimers == 0 && pendingOperations == 0) {
                return; // only unref'ed timers left: nothing keeps us alive
            }
            r = inbox.poll(wait, TimeUnit.NANOSECONDS);
        } else {
            r = inbox.take();
        }
        if (r != null) {
            tasks.add(r);
        }
    }
}
