package io.bazaar.orders.payment.service;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.LaunchMode;

/**
 * Where this platform is reachable from outside: the configured public base URL, or else this server itself; the
 * port is read when needed because tests listen on a port picked at start.
 */
@ApplicationScoped
public class PublicBaseUrl {

    private final PaymentConfig config;

    PublicBaseUrl(PaymentConfig config) {
        this.config = config;
    }

    public URI resolve(String path) {
        String base = config.publicBaseUrl().map(URI::toString).orElseGet(PublicBaseUrl::localServer);
        return URI.create(base.replaceAll("/+$", "") + path);
    }

    private static String localServer() {
        String portProperty = LaunchMode.current() == LaunchMode.TEST ? "quarkus.http.test-port" : "quarkus.http.port";
        int port = ConfigProvider.getConfig().getOptionalValue(portProperty, Integer.class).orElse(8080);
        return "http://localhost:" + port;
    }
}
