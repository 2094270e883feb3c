package io.bazaar.cart.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import io.bazaar.cart.CartConfig;
import io.bazaar.cart.service.OwnedView;

/**
 * Turns a cart view into the response, and tells a guest which cart id to keep: in an HttpOnly, SameSite=Lax cookie
 * for browsers and in the {@code X-Cart-Id} header for apps. Carts are personal, so nothing is cached.
 */
@ApplicationScoped
public class CartResponses {

    private static final String COOKIE_PATH = "/api";

    private final CartConfig config;

    CartResponses(CartConfig config) {
        this.config = config;
    }

    public Response of(OwnedView cart) {
        Response.ResponseBuilder response = Response.ok(cart.view()).header("Cache-Control", "no-store");
        if (cart.owner().isGuest() && cart.isStored()) {
            String id = cart.owner().guestId();
            response.header(CartCallers.HEADER, id).cookie(cookie(id, (int) config.guestCartTtl().toSeconds()));
        }
        return response.build();
    }

    /** After a merge the guest cart is gone: the browser forgets its id. */
    public Response merged(OwnedView cart) {
        return Response.ok(cart.view()).header("Cache-Control", "no-store").cookie(cookie("", 0)).build();
    }

    public Response cleared() {
        return Response.noContent().header("Cache-Control", "no-store").build();
    }

    private NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(CartCallers.COOKIE).value(value).path(COOKIE_PATH).maxAge(maxAge).httpOnly(true)
                .secure(config.secureCookies()).sameSite(NewCookie.SameSite.LAX).build();
    }
}
