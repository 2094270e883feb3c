package io.bazaar.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.bazaar.platform.web.SetCookie.SameSite;

class SetCookieTest {

    @Test
    void writesTheRfc6265FormWithoutAVersion() {
        SetCookie cookie = new SetCookie("bazaar_cart", "ab12", "/api", Duration.ofDays(30), true, true, SameSite.LAX);
        assertEquals("bazaar_cart=ab12; Path=/api; Max-Age=2592000; Secure; HttpOnly; SameSite=Lax", cookie.toString());
    }

    @Test
    void leavesOutSecureAndHttpOnlyWhenNotAskedFor() {
        SetCookie cookie = new SetCookie("bazaar_signed_in", "1", "/", Duration.ofSeconds(60), false, false, SameSite.STRICT);
        assertEquals("bazaar_signed_in=1; Path=/; Max-Age=60; SameSite=Strict", cookie.toString());
    }

    @Test
    void aClearedCookieIsEmptyAndExpiresAtOnce() {
        SetCookie cookie = new SetCookie("bazaar_refresh", "token", "/api/auth", Duration.ofDays(30), true, true, SameSite.STRICT);
        assertEquals("bazaar_refresh=; Path=/api/auth; Max-Age=0; Secure; HttpOnly; SameSite=Strict",
                cookie.cleared().toString());
    }

    @Test
    void refusesWhatWouldBreakTheHeader() {
        assertThrows(IllegalArgumentException.class,
                () -> new SetCookie("bad name", "x", "/", Duration.ZERO, true, true, SameSite.LAX));
        assertThrows(IllegalArgumentException.class,
                () -> new SetCookie("c", "a;b", "/", Duration.ZERO, true, true, SameSite.LAX));
        assertThrows(IllegalArgumentException.class,
                () -> new SetCookie("c", "x", "/a;Domain=evil", Duration.ZERO, true, true, SameSite.LAX));
        assertThrows(IllegalArgumentException.class,
                () -> new SetCookie("c", "x", "/", Duration.ofSeconds(-1), true, true, SameSite.LAX));
    }
}
