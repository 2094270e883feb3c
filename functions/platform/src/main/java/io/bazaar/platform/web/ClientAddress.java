package io.bazaar.platform.web;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.HttpServerRequest;

/**
 * The address of the client behind a request, for per-address limits. Behind API Gateway the last
 * X-Forwarded-For entry is the one the gateway itself saw; earlier entries are whatever the client claimed.
 */
@ApplicationScoped
public class ClientAddress {

    private final boolean trustForwardedFor;

    ClientAddress(@ConfigProperty(name = "bazaar.http.trust-forwarded-for", defaultValue = "false") boolean trustForwardedFor) {
        this.trustForwardedFor = trustForwardedFor;
    }

    public String of(HttpServerRequest request) {
        String forwarded = request.getHeader("X-Forwarded-For");
        if (trustForwardedFor && forwarded != null && !forwarded.isBlank()) {
            String[] hops = forwarded.split(",");
            return hops[hops.length - 1].trim();
        }
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
