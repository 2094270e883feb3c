package io.bazaar.cart.rest;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.bazaar.cart.model.CartOwner;
import io.bazaar.platform.problem.ProblemException;
import io.bazaar.platform.security.Roles;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Decides whose cart a request reaches. A request with an access token reaches the token subject's cart, whatever
 * cart id it also sends; without one it is a guest, known by the cart id in the {@code bazaar_cart} cookie or the
 * {@code X-Cart-Id} header. An invalid token is refused (401) rather than treated as a guest.
 */
@ApplicationScoped
public class CartCallers {

    public static final String COOKIE = "bazaar_cart";
    public static final String HEADER = "X-Cart-Id";

    private final CurrentIdentityAssociation identities;

    CartCallers(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    /** The cart owner of this request: the signed-in customer, or a guest with the cart id sent (if any). */
    public Uni<CartOwner> owner(HttpHeaders headers) {
        return identities.getDeferredIdentity().map(identity -> identity.isAnonymous()
                ? CartOwner.guest(guestId(headers))
                : customer(identity));
    }

    /** The signed-in customer; 401 for a guest. */
    public Uni<CartOwner> customer() {
        return identities.getDeferredIdentity().map(identity -> {
            if (identity.isAnonymous()) {
                throw ProblemException.unauthorized("unauthenticated", "Sign in to take over a guest cart.");
            }
            return customer(identity);
        });
    }

    /** The guest cart id the client sent: the header (mobile apps) before the cookie (browsers). */
    public String guestId(HttpHeaders headers) {
        String header = headers.getHeaderString(HEADER);
        if (header != null && !header.isBlank()) {
            return header.trim();
        }
        Cookie cookie = headers.getCookies().get(COOKIE);
        return cookie == null ? null : cookie.getValue();
    }

    private static CartOwner customer(SecurityIdentity identity) {
        if (!identity.hasRole(Roles.CUSTOMER)) {
            throw ProblemException.forbidden("not-a-customer", "Only customers keep a cart.");
        }
        if (!(identity.getPrincipal() instanceof JsonWebToken token) || token.getSubject() == null) {
            throw ProblemException.unauthorized("unauthenticated", "A valid access token is required.");
        }
        try {
            return CartOwner.user(UUID.fromString(token.getSubject()));
        } catch (IllegalArgumentException e) {
            throw ProblemException.unauthorized("unauthenticated", "The access token names no account.");
        }
    }
}
