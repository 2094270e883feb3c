package io.bazaar.localenv;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ServerReadinessTest {

    @Test
    void waitsUntilTheReadinessCheckAnswers200() throws IOException, InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/q/health/ready", exchange -> {
            exchange.sendResponseHeaders(calls.incrementAndGet() < 3 ? 503 : 200, -1);
            exchange.close();
        });
        server.start();
        try {
            URI ready = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/q/health/ready");
            assertTrue(ServerReadiness.await(ready, () -> true, Duration.ofSeconds(10)));
            assertTrue(calls.get() >= 3);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void givesUpWhenTheApplicationHasStopped() throws InterruptedException {
        URI nobody = URI.create("http://127.0.0.1:" + LocalEnvironment.freePort() + "/q/health/ready");
        AtomicInteger checks = new AtomicInteger();
        assertFalse(ServerReadiness.await(nobody, () -> checks.incrementAndGet() < 3, Duration.ofMinutes(1)));
    }

    @Test
    void givesUpAfterTheTimeout() throws InterruptedException {
        URI nobody = URI.create("http://127.0.0.1:" + LocalEnvironment.freePort() + "/q/health/ready");
        assertFalse(ServerReadiness.await(nobody, () -> true, Duration.ofMillis(600)));
    }
}
