package io.bazaar.server.web;

import java.nio.file.Path;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Where the built web pages (storefront and console) are, when this server serves them. */
@ConfigMapping(prefix = "bazaar.web")
public interface WebConfig {

    /**
     * A Vite build of web/ ({@code index.html}, {@code assets/}, {@code console/index.html}); unset, no web pages are
     * served and every path is the API's.
     */
    Optional<Path> dir();
}
