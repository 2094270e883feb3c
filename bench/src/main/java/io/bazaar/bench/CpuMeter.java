package io.bazaar.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CPU time consumed by the three parties of a run (the application server, PostgreSQL with all its backends, and
 * the benchmark's own JVM), so a report can say where the time went, not only how long it took.
 */
final class CpuMeter {

    private final ProcessHandle server;
    private final ProcessHandle postmaster;

    CpuMeter(ProcessHandle server, ProcessHandle postmaster) {
        this.server = server;
        this.postmaster = postmaster;
    }

    /** CPU seconds so far: server, PostgreSQL, benchmark. */
    double[] sample() {
        return new double[] {cpu(Stream.ofNullable(server)), postmaster == null ? Double.NaN
                : cpu(Stream.concat(Stream.of(postmaster), postmaster.descendants())), cpu(Stream.of(ProcessHandle.current()))};
    }

    static String describe(double[] before, double[] after, long requests) {
        List<String> parts = new ArrayList<>();
        String[] names = {"server", "postgres", "bench client"};
        for (int i = 0; i < names.length; i++) {
            double seconds = after[i] - before[i];
            parts.add(String.format("%s %.1f s (%.2f ms/req)", names[i], seconds, requests == 0 ? Double.NaN : seconds * 1000 / requests));
        }
        return "CPU: " + String.join(", ", parts);
    }

    /** CPU seconds of moto_server (a child process of this JVM, started by LocalEnvironment); 0 when there is none. */
    static double moto() {
        return cpu(ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().map(c -> c.contains("moto")).orElse(false)));
    }

    /** CPU seconds of this JVM alone (the benchmark, and whatever it serves itself). */
    static double self() {
        return cpu(Stream.of(ProcessHandle.current()));
    }

    private static double cpu(Stream<ProcessHandle> processes) {
        return processes.map(p -> p.info().totalCpuDuration()).flatMap(Optional::stream)
                .mapToLong(Duration::toMillis).sum() / 1000.0;
    }
}
