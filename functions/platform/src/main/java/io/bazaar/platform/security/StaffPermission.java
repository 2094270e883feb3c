package io.bazaar.platform.security;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a merchant's staff member may do in the merchant centre: the one list of permissions. Identity stores and
 * issues them (roles are named sets of them), every area checks them through {@link StaffAccess}, and the OpenAPI
 * document carries this enum as the schema the console's menu is typed with.
 */
@Schema(name = "StaffPermission", description = "A merchant-centre permission")
public enum StaffPermission {
    /** Products, their images, terms (brands, series, tags) and prices. */
    PRODUCTS,
    /** Orders, shipments, refunds and returns. */
    ORDERS,
    /** Customer messages and replies to reviews. */
    MESSAGES,
    /** Sales statistics. */
    STATISTICS,
    /** Staff, their roles and invitations. */
    STAFF,
    /** Product imports from other shops and their price alerts. */
    IMPORTS,
    /** The shop's settings: shipping rules, shop settings. */
    SETTINGS;

    /** The name used in the access token's permissions claim. */
    public String claim() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The permission of a claim name, if there is one. */
    public static Optional<StaffPermission> ofClaim(String claim) {
        for (StaffPermission permission : values()) {
            if (permission.claim().equals(claim)) {
                return Optional.of(permission);
            }
        }
        return Optional.empty();
    }
}
