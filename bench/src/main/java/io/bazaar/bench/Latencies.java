package io.bazaar.bench;

import java.util.Arrays;

/** Latency samples of one run and what a benchmark reports of them. */
public final class Latencies {

    private final long[] nanos;
    private final double seconds;
    private final long errors;

    public Latencies(long[] nanos, double seconds, long errors) {
        this.nanos = nanos.clone();
        Arrays.sort(this.nanos);
        this.seconds = seconds;
        this.errors = errors;
    }

    /** The samples of several runs as one run as long as all of them together (equal time per query). */
    public static Latencies combine(java.util.List<Latencies> runs) {
        long[] all = runs.stream().flatMapToLong(run -> Arrays.stream(run.nanos)).toArray();
        return new Latencies(all, runs.stream().mapToDouble(run -> run.seconds).sum(),
                runs.stream().mapToLong(run -> run.errors).sum());
    }

    public long count() {
        return nanos.length;
    }

    public long errors() {
        return errors;
    }

    public double throughput() {
        return nanos.length / seconds;
    }

    public double percentileMillis(double p) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(nanos.length - 1, Math.ceil(p / 100.0 * nanos.length) - 1);
        return nanos[Math.max(0, index)] / 1e6;
    }

    public String summary() {
        return String.format("%d requests in %.1f s: %.1f req/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, errors %d",
                nanos.length, seconds, throughput(), percentileMillis(50), percentileMillis(99),
                nanos.length == 0 ? Double.NaN : nanos[nanos.length - 1] / 1e6, errors);
    }
}
