package io.bazaar.localenv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackFileTest {

    @TempDir
    Path workDir;

    @Test
    void describesTheStackForBrowserTests() throws IOException {
        StackFile stack = new StackFile(workDir);
        stack.write("http://localhost:18080", "http://127.0.0.1:4566", false, "/repo/web/dist", 42);

        JsonNode json = new ObjectMapper().readTree(workDir.resolve("stack.json").toFile());
        assertEquals("http://localhost:18080", json.path("httpBaseUrl").asText());
        assertEquals("http://127.0.0.1:4566", json.path("awsEndpoint").asText());
        assertEquals("moto", json.path("awsEmulator").asText());
        assertEquals("http://127.0.0.1:4566/_bazaar/outbox", json.path("outboxUrl").asText());
        assertEquals("/repo/web/dist", json.path("webDir").asText());
        assertEquals(42, json.path("pid").asLong());
        try (Stream<Path> files = Files.list(workDir)) {
            assertEquals(1, files.count(), "no partial file is left behind");
        }
    }

    @Test
    void localStackHasNoMotoOutboxAndPagesMayBeOff() throws IOException {
        StackFile stack = new StackFile(workDir);
        stack.write("http://localhost:8080", "http://127.0.0.1:4566", true, null, 7);

        JsonNode json = new ObjectMapper().readTree(workDir.resolve("stack.json").toFile());
        assertEquals("localstack", json.path("awsEmulator").asText());
        assertTrue(json.path("outboxUrl").isNull());
        assertTrue(json.path("webDir").isNull());
    }

    @Test
    void aStoppedStackLeavesNoDescription() {
        StackFile stack = new StackFile(workDir);
        stack.write("http://localhost:8080", "http://127.0.0.1:4566", false, null, 7);
        stack.delete();
        assertFalse(Files.exists(workDir.resolve("stack.json")));
        stack.delete();
    }
}
