package io.bazaar.cart.rest;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import io.bazaar.cart.CartConfig;
import io.bazaar.cart.service.OwnedView;
import io.bazaar.platform.web.CookieSecurity;
import io.bazaar.platform.web.SetCookie;
import io.bazaar.platform.web.SetCookie.SameSite;
import io.vertx.core.http.HttpServerRequest;

/**
 * Turns a cart view into the response, and tells a guest which cart id to keep: in an HttpOnly, SameSite=Lax cookie
 * for browsers and in the {@code X-Cart-Id} header for apps. Carts are personal, so nothing is cached.
 */
@ApplicationScoped
public class CartResponses {

    private static final String COOKIE_PATH = "/api";

    private final CartConfig config;
    private final CookieSecurity security;

    CartResponses(CartConfig config, CookieSecurity security) {
        this.config = config;
        this.security = security;
    }

    public Response of(OwnedView cart, HttpServerRequest request) {
        Response.ResponseBuilder response = Response.ok(cart.view()).header("Cache-Control", "no-store");
        if (cart.owner().isGuest() && cart.isStored()) {
            String id = cart.owner().guestId();
            response.header(CartCallers.HEADER, id)
                    .header(SetCookie.HEADER, cookie(id, config.guestCartTtl(), request).toString());
        }
        return response.build();
    }

    /** After a merge the guest cart is gone: the browser forgets its id. */
    public Response merged(OwnedView cart, HttpServerRequest request) {
        return Response.ok(cart.view()).header("Cache-Control", "no-store")
                .header(SetCookie.HEADER, cookie("", Duration.ZERO, request).toString()).build();
    }

    public Response cleared() {
        return Response.noContent().header("Cache-Control", "no-store").build();
    }

    private SetCookie cookie(String value, Duration maxAge, HttpServerRequest request) {
        return new SetCookie(CartCallers.COOKIE, value, COOKIE_PATH, maxAge, true,
                security.secure(config.secureCookies(), request), SameSite.LAX);
    }
}
