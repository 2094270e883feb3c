package io.bazaar.platform.web;

import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.HttpServerRequest;

/**
 * Decides whether a response's cookies are marked Secure. Where an area asks for it they are, except in the local run
 * (bazaar.http.plain-loopback-cookies, set by the local profile) for a plain-http request to this machine: browsers
 * keep Secure cookies of http://localhost, but curl, Postman and scripts do not send them back over http.
 */
@ApplicationScoped
public class CookieSecurity {

    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "::1");

    private final boolean plainOnLoopback;

    CookieSecurity(@ConfigProperty(name = "bazaar.http.plain-loopback-cookies", defaultValue = "false") boolean plainOnLoopback) {
        this.plainOnLoopback = plainOnLoopback;
    }

    /** Whether to mark this request's cookies Secure, given that the area wants them Secure or not. */
    public boolean secure(boolean wanted, HttpServerRequest request) {
        return wanted && !(plainOnLoopback && "http".equalsIgnoreCase(request.scheme())
                && isLoopbackHost(request.getHeader("Host")));
    }

    /** True for a Host header naming this machine: localhost, 127.0.0.1 or [::1], with or without a port. */
    static boolean isLoopbackHost(String hostHeader) {
        if (hostHeader == null) {
            return false;
        }
        String host = hostHeader.trim().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            host = end < 0 ? host : host.substring(1, end);
        } else if (host.indexOf(':') >= 0 && host.indexOf(':') == host.lastIndexOf(':')) {
            host = host.substring(0, host.indexOf(':'));
        }
        return LOOPBACK_HOSTS.contains(host);
    }
}
