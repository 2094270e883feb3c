package io.bazaar.platform.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.bazaar.platform.problem.ProblemException;

/**
 * Which merchant the caller works for, and whether they may do a given thing there; every merchant-centre endpoint
 * asks this first, so staff reach only their own merchant's data and only with the matching permission.
 */
@RequestScoped
public class StaffAccess {

    /** Permission names, as in the token's permissions claim. */
    public static final String PRODUCTS = "products";
    public static final String ORDERS = "orders";
    public static final String MESSAGES = "messages";
    public static final String STAFF = "staff";
    public static final String STATISTICS = "statistics";
    public static final String SETTINGS = "settings";

    private final JsonWebToken token;

    StaffAccess(JsonWebToken token) {
        this.token = token;
    }

    /** The caller's merchant, if the caller is its staff with this permission; 401 or 403 otherwise. */
    public UUID merchantWith(String permission) {
        if (token.getSubject() == null) {
            throw ProblemException.unauthorized("unauthenticated", "A valid access token is required.");
        }
        if (!token.getGroups().contains(Roles.MERCHANT_STAFF) || token.getClaim(Claims.MERCHANT_ID) == null) {
            throw ProblemException.forbidden("not-merchant-staff", "Only a merchant's staff may do this.");
        }
        if (!permissions().contains(permission)) {
            throw ProblemException.forbidden("missing-permission", "This needs the '" + permission + "' permission.");
        }
        return UUID.fromString(text(token.getClaim(Claims.MERCHANT_ID)));
    }

    private Set<String> permissions() {
        Object claim = token.getClaim(Claims.PERMISSIONS);
        Set<String> permissions = new HashSet<>();
        if (claim instanceof Collection<?> values) {
            values.forEach(v -> permissions.add(text(v)));
        }
        return permissions;
    }

    private static String text(Object value) {
        if (value instanceof JsonString json) {
            return json.getString();
        }
        if (value instanceof JsonValue json) {
            return json.toString();
        }
        return String.valueOf(value);
    }
}
