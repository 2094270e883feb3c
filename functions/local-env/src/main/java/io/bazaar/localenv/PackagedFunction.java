package io.bazaar.localenv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A built function.zip started the way AWS Lambda's managed Java runtime starts it: the zip unpacked as the task
 * root, the runtime interface client's {@code AWSLambda} main with the function's handler, the runtime's JVM flags,
 * and the Lambda Runtime API to take invocations from. Tests send it API Gateway events; its init time and memory
 * are what a cold start costs.
 */
public final class PackagedFunction implements AutoCloseable {

    /** The handler every Bazaar function names (infra's QuarkusFunction). */
    public static final String HANDLER = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest";
    private static final Duration INIT_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration INVOKE_TIMEOUT = Duration.ofSeconds(30);
    private static final List<String> RUNTIME_CLASSES = List.of(
            "com.amazonaws.services.lambda.runtime.api.client.AWSLambda",
            "com.amazonaws.services.lambda.runtime.Context",
            "com.amazonaws.services.lambda.runtime.serialization.PojoSerializer",
            "software.amazon.awssdk.utilslite.SdkInternalThreadLocal");

    private final Process process;
    private final LambdaRuntimeApi runtimeApi;
    private final Path log;
    private final Duration init;

    private PackagedFunction(Process process, LambdaRuntimeApi runtimeApi, Path log, Duration init) {
        this.process = process;
        this.runtimeApi = runtimeApi;
        this.log = log;
        this.init = init;
    }

    /**
     * Unpacks the zip into workDir and starts it; returns once the runtime asks for its first invocation.
     *
     * @param functionZip the built target/function.zip
     * @param config      configuration the deployment would give (passed as system properties)
     * @param memoryMb    the function's memory size, from which the runtime sizes the heap
     */
    public static PackagedFunction start(Path functionZip, Map<String, String> config, Path workDir, int memoryMb) {
        Path task = workDir.resolve("task");
        unzip(functionZip, task);
        Path log = workDir.resolve("function.log");
        LambdaRuntimeApi api = LambdaRuntimeApi.start();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // what the managed runtime's bootstrap passes: a heap below the function's memory, the serial
                // collector, C1 only (fast start) and class data sharing
                "-XX:MaxHeapSize=" + (memoryMb * 85 / 100) + "m", "-XX:+UseSerialGC", "-XX:+TieredCompilation",
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-XX:-UsePerfData"));
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-cp", runtimeClasspath(),
                "com.amazonaws.services.lambda.runtime.api.client.AWSLambda", HANDLER));
        // the runtime interface client loads the function from its working directory, /var/task in AWS
        ProcessBuilder builder = new ProcessBuilder(command).directory(task.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("AWS_LAMBDA_RUNTIME_API", api.address());
        env.put("LAMBDA_TASK_ROOT", task.toAbsolutePath().toString());
        env.put("_HANDLER", HANDLER);
        env.put("AWS_LAMBDA_FUNCTION_NAME", "bazaar-test");
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", String.valueOf(memoryMb));
        env.put("AWS_REGION", "us-east-1");
        env.put("QUARKUS_PROFILE", "prod");
        // as infra deploys the functions: EventBridge starts the periodic work, never an in-process timer
        env.put("QUARKUS_SCHEDULER_ENABLED", "false");
        Instant launched = Instant.now();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            api.close();
            throw new UncheckedIOException("Cannot start java for " + functionZip, e);
        }
        try {
            Instant ready = awaitInit(process, api, log);
            return new PackagedFunction(process, api, log, Duration.between(launched, ready));
        } catch (RuntimeException e) {
            process.destroyForcibly();
            api.close();
            throw e;
        }
    }

    /**
     * The managed runtime's own jars (its /var/runtime/lib): the runtime interface client and what it needs, taken
     * from this JVM's classpath, where bazaar-local-env brings them. The function's jars stay in the task root.
     */
    private static String runtimeClasspath() {
        return RUNTIME_CLASSES.stream().map(PackagedFunction::jarOf).distinct()
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    private static String jarOf(String className) {
        try {
            return Path.of(Class.forName(className, false, PackagedFunction.class.getClassLoader())
                    .getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (ClassNotFoundException | java.net.URISyntaxException e) {
            throw new IllegalStateException("The Lambda runtime interface client's " + className
                    + " is not on the test classpath (a dependency of bazaar-local-env)", e);
        }
    }

    private static Instant awaitInit(Process process, LambdaRuntimeApi api, Path log) {
        Instant deadline = Instant.now().plus(INIT_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (api.initError().isPresent()) {
                throw new IllegalStateException("The function's init failed: " + api.initError().get() + tail(log));
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("The function exited with " + process.exitValue() + tail(log));
            }
            try {
                return api.awaitFirstPoll(Duration.ofMillis(200));
            } catch (TimeoutException e) {
                // still initialising
            }
        }
        throw new IllegalStateException("The function did not finish its init in " + INIT_TIMEOUT + tail(log));
    }

    /** Sends one API Gateway event and returns what the function answered. */
    public LambdaResponse invoke(ApiGatewayEvent event) {
        try {
            return LambdaResponse.parse(runtimeApi.invoke(event.toJson(), INVOKE_TIMEOUT));
        } catch (TimeoutException e) {
            throw new IllegalStateException("The function did not answer in " + INVOKE_TIMEOUT + tail(log), e);
        }
    }

    /** From launching the JVM to the runtime's first request for an invocation: the cold start without the download. */
    public Duration initTime() {
        return init;
    }

    /** The most memory the function's process has held so far (VmHWM), where /proc tells it. */
    public OptionalLong peakResidentBytes() {
        Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
        try (Stream<String> lines = Files.lines(status)) {
            return lines.filter(l -> l.startsWith("VmHWM:")).findFirst()
                    .map(l -> OptionalLong.of(Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024))
                    .orElse(OptionalLong.empty());
        } catch (IOException | UncheckedIOException e) {
            return OptionalLong.empty();
        }
    }

    /** The function's output so far. */
    public Path log() {
        return log;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        } finally {
            runtimeApi.close();
        }
    }

    private static void unzip(Path zip, Path into) {
        try (InputStream file = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(file)) {
            Files.createDirectories(into);
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IllegalStateException("zip entry outside the task root: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack " + zip, e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return "\n--- " + log + " (last lines) ---\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return " (no log at " + log + ")";
        }
    }
}
