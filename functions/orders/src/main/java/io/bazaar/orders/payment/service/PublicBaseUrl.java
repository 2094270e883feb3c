package io.bazaar.orders.payment.service;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.platform.web.LocalServerUrl;

/**
 * Where this platform is reachable from outside: the configured public base URL, or else this server itself on the
 * port it listens on.
 */
@ApplicationScoped
public class PublicBaseUrl {

    private final PaymentConfig config;

    PublicBaseUrl(PaymentConfig config) {
        this.config = config;
    }

    public URI resolve(String path) {
        String base = config.publicBaseUrl().map(URI::toString).orElseGet(LocalServerUrl::current);
        return URI.create(base.replaceAll("/+$", "") + path);
    }
}
