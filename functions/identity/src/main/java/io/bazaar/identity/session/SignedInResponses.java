package io.bazaar.identity.session;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import io.bazaar.identity.IdentityConfig;
import io.bazaar.identity.profile.AvatarUrls;
import io.bazaar.identity.profile.ProfileView;
import io.bazaar.platform.web.SetCookie;
import io.vertx.core.http.HttpServerRequest;

/**
 * The answer of every request that signs someone in (login, refresh, an accepted invitation): the tokens as JSON, the
 * refresh cookie and its marker, never cached; and of every one that signs out (logout, sign-out everywhere, account
 * deletion), which clears them. Written once so that each way in and out sets the same cookies.
 */
@ApplicationScoped
public class SignedInResponses {

    private final SessionCookies cookies;
    private final IdentityConfig config;
    private final AvatarUrls avatars;

    SignedInResponses(SessionCookies cookies, IdentityConfig config, AvatarUrls avatars) {
        this.cookies = cookies;
        this.config = config;
        this.avatars = avatars;
    }

    /** The session's tokens and account, as the login answers them. */
    public TokenResponse tokens(Session session) {
        return new TokenResponse(session.accessToken(), "Bearer", config.accessTokenTtl().toSeconds(),
                session.refreshToken(), config.refreshTokenTtl().toSeconds(), ProfileView.of(session.account(),
                        session.staffOrNull(), avatars.urlOf(session.account().avatarKey)));
    }

    /** 200 with {@code body} (the tokens, or an answer that holds them) and the session's cookies. */
    public Response ok(Object body, Session session, HttpServerRequest http) {
        return withCookies(Response.ok(body), cookies.issue(session, http)).header("Cache-Control", "no-store").build();
    }

    /** 204 that clears the session's cookies. */
    public Response signedOut(HttpServerRequest http) {
        return withCookies(Response.noContent(), cookies.clear(http)).build();
    }

    private static Response.ResponseBuilder withCookies(Response.ResponseBuilder response, List<SetCookie> cookies) {
        cookies.forEach(cookie -> response.header(SetCookie.HEADER, cookie.toString()));
        return response;
    }
}
