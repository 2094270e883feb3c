package io.bazaar.identity.session;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.identity.IdentityConfig;
import io.bazaar.platform.web.CookieSecurity;
import io.bazaar.platform.web.SetCookie;
import io.bazaar.platform.web.SetCookie.SameSite;
import io.vertx.core.http.HttpServerRequest;

/**
 * Cookies for browser clients: the refresh token in an HttpOnly, SameSite=Strict cookie scoped to /api/auth (scripts
 * never see it), and a readable marker telling the web pages that a session exists. Mobile clients use the JSON body.
 */
@ApplicationScoped
public class SessionCookies {

    public static final String REFRESH = "bazaar_refresh";
    public static final String SIGNED_IN = "bazaar_signed_in";
    private static final String REFRESH_PATH = "/api/auth";

    private final IdentityConfig config;
    private final CookieSecurity security;

    SessionCookies(IdentityConfig config, CookieSecurity security) {
        this.config = config;
        this.security = security;
    }

    public List<SetCookie> issue(Session session, HttpServerRequest request) {
        return cookies(session.refreshToken(), "1", config.refreshTokenTtl(), request);
    }

    public List<SetCookie> clear(HttpServerRequest request) {
        return cookies("", "", Duration.ZERO, request);
    }

    private List<SetCookie> cookies(String refreshToken, String signedIn, Duration maxAge, HttpServerRequest request) {
        boolean secure = security.secure(config.secureCookies(), request);
        return List.of(new SetCookie(REFRESH, refreshToken, REFRESH_PATH, maxAge, true, secure, SameSite.STRICT),
                new SetCookie(SIGNED_IN, signedIn, "/", maxAge, false, secure, SameSite.LAX));
    }
}
