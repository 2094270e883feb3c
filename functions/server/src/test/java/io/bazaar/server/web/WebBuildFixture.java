package io.bazaar.server.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A stand-in for web/dist (what Vite builds), written to a temp dir and given to the server as bazaar.web.dir. */
public class WebBuildFixture implements QuarkusTestResourceLifecycleManager {

    static final String ASSET = "/assets/index-B4x9Qz1a.js";

    private Path base;

    @Override
    public Map<String, String> start() {
        try {
            base = Files.createTempDirectory("bazaar-web-");
            Path dist = Files.createDirectories(base.resolve("dist"));
            write(dist.resolve("index.html"), "<!doctype html><title>storefront</title>");
            write(dist.resolve("console/index.html"), "<!doctype html><title>console</title>");
            write(dist.resolve(ASSET.substring(1)), "console.log('storefront')");
            write(dist.resolve("favicon.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
            // files the build must never answer for: the API's own robots.txt and paths, hidden files
            write(dist.resolve("robots.txt"), "from the web build");
            write(dist.resolve("api/nowhere"), "from the web build");
            write(dist.resolve(".env"), "SECRET=1");
            write(base.resolve("outside.txt"), "outside the build");
            return Map.of("bazaar.web.dir", dist.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (base == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(base)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
