package io.bazaar.platform.web;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.LaunchMode;

/**
 * This server's address on this machine, {@code http://localhost:<port>} with the port it is configured to listen on
 * ({@code quarkus.http.port}, e.g. QUARKUS_HTTP_PORT; in tests the port picked at start). What the shop's public
 * URLs default to where no public base URL is configured: the local run and the tests.
 */
public final class LocalServerUrl {

    private LocalServerUrl() {
    }

    /** Read on every call, because a test server learns its port only once it listens. */
    public static String current() {
        String portProperty = LaunchMode.current() == LaunchMode.TEST ? "quarkus.http.test-port" : "quarkus.http.port";
        int port = ConfigProvider.getConfig().getOptionalValue(portProperty, Integer.class).orElse(8080);
        return "http://localhost:" + port;
    }
}
