package io.bazaar.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CookieSecurityTest {

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "localhost:18080", "LOCALHOST:8080", "127.0.0.1", "127.0.0.1:8080", "[::1]",
            "[::1]:8080", "::1"})
    void thisMachineIsLoopback(String host) {
        assertTrue(CookieSecurity.isLoopbackHost(host), host);
    }

    @ParameterizedTest
    @ValueSource(strings = {"shop.example", "shop.example:8080", "localhost.shop.example", "127.0.0.2", "10.0.0.1:8080",
            "[2001:db8::1]:8080", ""})
    void otherHostsAreNot(String host) {
        assertFalse(CookieSecurity.isLoopbackHost(host), host);
    }
}
