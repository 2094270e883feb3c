package io.bazaar.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.DoubleAccumulator;

/** What a benchmark report must say about the machine: CPU, cores, memory, JVM, and the load while measuring. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        return String.format("CPU %s, %d cores online, RAM %s, JVM %s (%s)", cpuModel(),
                Runtime.getRuntime().availableProcessors(), memTotal(), System.getProperty("java.vm.version"),
                System.getProperty("java.vm.name"));
    }

    /** The three load averages (1, 5, 15 min) and running/total tasks, as /proc/loadavg has them. */
    static String loadAverage() {
        return read("/proc/loadavg").trim();
    }

    private static String cpuModel() {
        return read("/proc/cpuinfo").lines().filter(l -> l.startsWith("model name")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown");
    }

    private static String memTotal() {
        return read("/proc/meminfo").lines().filter(l -> l.startsWith("MemTotal")).findFirst()
                .map(l -> String.format("%.1f GiB", Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0)).orElse("unknown");
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            return "unavailable";
        }
    }

    /** Samples the 1-minute load average every 2 s while open; reports min/max of the samples. */
    static final class LoadSampler implements AutoCloseable {
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "load-sampler");
            t.setDaemon(true);
            return t;
        });
        private final DoubleAccumulator min = new DoubleAccumulator(Math::min, Double.MAX_VALUE);
        private final DoubleAccumulator max = new DoubleAccumulator(Math::max, 0);

        LoadSampler() {
            timer.scheduleAtFixedRate(() -> {
                double load = Double.parseDouble(loadAverage().split(" ")[0]);
                min.accumulate(load);
                max.accumulate(load);
            }, 0, 2, TimeUnit.SECONDS);
        }

        String summary() {
            return String.format("1-min load average during the phase: %.2f to %.2f", min.get(), max.get());
        }

        @Override
        public void close() {
            timer.shutdownNow();
        }
    }
}
