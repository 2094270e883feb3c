package io.bazaar.statistics.contract;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Who did something, without saying who they are: a visitor id derived one way from the browser's visitor or guest
 * cart cookie (never the cookie itself, which opens the cart), and the account id when signed in.
 *
 * @param visitorId null when the request carries neither cookie nor header
 * @param accountId null for a guest
 */
public record Visitor(UUID visitorId, UUID accountId) {

    /** The storefront's long-lived visitor cookie; apps send the same value in {@link #HEADER}. */
    public static final String COOKIE = "bazaar_visitor";
    public static final String HEADER = "X-Visitor-Id";
    /** The cart area's guest cart cookie and header: a guest who has a cart is known by it when no visitor id is sent. */
    private static final String CART_COOKIE = "bazaar_cart";
    private static final String CART_HEADER = "X-Cart-Id";

    /** Someone known only by their account (order and review events). */
    public static Visitor account(UUID accountId) {
        return new Visitor(null, accountId);
    }

    /** The visitor of a request: visitor id (header, cookie), else the guest cart id, hashed; and the account if any. */
    public static Visitor of(HttpHeaders headers, UUID accountId) {
        String raw = first(headers.getHeaderString(HEADER), cookie(headers, COOKIE), headers.getHeaderString(CART_HEADER),
                cookie(headers, CART_COOKIE));
        UUID visitor = raw == null ? null : UUID.nameUUIDFromBytes(("visitor#" + raw).getBytes(StandardCharsets.UTF_8));
        return new Visitor(visitor, accountId);
    }

    /** The account named by a verified token's subject, or null for none (an anonymous request). */
    public static UUID accountOf(String subject) {
        if (subject == null) {
            return null;
        }
        try {
            return UUID.fromString(subject);
        } catch (IllegalArgumentException notAnAccount) {
            return null;
        }
    }

    private static String cookie(HttpHeaders headers, String name) {
        Cookie cookie = headers.getCookies().get(name);
        return cookie == null ? null : cookie.getValue();
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank() && value.length() <= 200) {
                return value.strip();
            }
        }
        return null;
    }
}
