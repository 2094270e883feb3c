package io.bazaar.localenv;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits until the application answers its readiness check, or has stopped trying. */
final class ServerReadiness {

    private static final Duration POLL = Duration.ofMillis(250);

    private ServerReadiness() {
    }

    /** True once {@code readyUrl} answers 200; false when {@code alive} turns false or the timeout passes first. */
    static boolean await(URI readyUrl, BooleanSupplier alive, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(readyUrl).timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (alive.getAsBoolean() && System.nanoTime() < deadline) {
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException notListeningYet) {
                // the server is still starting
            }
            Thread.sleep(POLL.toMillis());
        }
        return false;
    }
}
