package dev.wasmjs.jsapi.wpt;

import java.util.List;
import java.util.PriorityQueue;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The runner's side of harness.js: collects finished subtests as they are reported (so a file that times out keeps
 * the results it had), and keeps the timer queue. Timers run in due-time order without real waiting: nothing in a
 * test can observe the difference, and the suite runs faster.
 *
 * <p>Public only because GraalJS host access requires it.
 */
public final class HarnessHost {
    private record Timer(long due, int id, Value callback) {
    }

    private final List<SubtestResult> results;
    private final PriorityQueue<Timer> timers = new PriorityQueue<>((a, b) -> a.due != b.due
            ? Long.compare(a.due, b.due) : Integer.compare(a.id, b.id));
    private long now;
    private int nextId = 1;

    HarnessHost(List<SubtestResult> results) {
        this.results = results;
    }

    @HostAccess.Export
    public void report(String name, String status, String message) {
        results.add(new SubtestResult(name, status, message));
    }

    @HostAccess.Export
    public int setTimeout(Value callback, double ms) {
        int id = nextId++;
        long delay = Double.isNaN(ms) || ms < 0 ? 0 : (long) Math.min(ms, 1e12);
        timers.add(new Timer(now + delay, id, callback));
        return id;
    }

    @HostAccess.Export
    public void clearTimeout(int id) {
        timers.removeIf(t -> t.id == id);
    }

    /** Runs the next timer; false when none is pending. */
    boolean runNextTimer() {
        Timer t = timers.poll();
        if (t == null) {
            return false;
        }
        now = Math.max(now, t.due);
        t.callback.executeVoid();
        return true;
    }
}
