package io.bazaar.localenv;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code <workDir>/stack.json}: what a running local stack is made of, written once the server answers, so browser
 * tests and scripts that started it on a free port find the URLs (and the emulator's outbox for activation codes).
 * It exists only while the stack is up.
 */
final class StackFile {

    static final String NAME = "stack.json";

    private final Path file;

    StackFile(Path workDir) {
        this.file = workDir.resolve(NAME);
    }

    Path path() {
        return file;
    }

    /**
     * Writes the description in one move, so a reader never sees half a file. {@code outboxUrl} is moto's outbox
     * (null on LocalStack, whose e-mails are at {@code /_aws/ses}); {@code webDir} is null when no pages are served.
     */
    void write(String httpBaseUrl, String awsEndpoint, boolean localStack, String webDir, long pid) {
        Map<String, Object> stack = new LinkedHashMap<>();
        stack.put("httpBaseUrl", httpBaseUrl);
        stack.put("awsEndpoint", awsEndpoint);
        stack.put("awsEmulator", localStack ? "localstack" : "moto");
        stack.put("outboxUrl", localStack ? null : awsEndpoint + EmulatorOutbox.MOTO_OUTBOX);
        stack.put("webDir", webDir);
        stack.put("pid", pid);
        try {
            Path partial = Files.createTempFile(file.getParent(), NAME, ".partial");
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(partial.toFile(), stack);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** Removes the description of a stack that is no longer (or not yet) up. */
    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + file, e);
        }
    }
}
