package io.bazaar.identity.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;

import io.bazaar.identity.IdentityConfig;

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

    SessionCookies(IdentityConfig config) {
        this.config = config;
    }

    public NewCookie[] issue(Session session) {
        int maxAge = (int) config.refreshTokenTtl().toSeconds();
        return new NewCookie[] { refresh(session.refreshToken(), maxAge), signedIn("1", maxAge) };
    }

    public NewCookie[] clear() {
        return new NewCookie[] { refresh("", 0), signedIn("", 0) };
    }

    private NewCookie refresh(String value, int maxAge) {
        return new NewCookie.Builder(REFRESH).value(value).path(REFRESH_PATH).maxAge(maxAge).httpOnly(true)
                .secure(config.secureCookies()).sameSite(NewCookie.SameSite.STRICT).build();
    }

    private NewCookie signedIn(String value, int maxAge) {
        return new NewCookie.Builder(SIGNED_IN).value(value).path("/").maxAge(maxAge).httpOnly(false)
                .secure(config.secureCookies()).sameSite(NewCookie.SameSite.LAX).build();
    }
}
