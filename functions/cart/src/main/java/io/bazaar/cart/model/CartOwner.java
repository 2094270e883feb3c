package io.bazaar.cart.model;

import java.util.Optional;
import java.util.UUID;

import io.bazaar.cart.contract.CartItemFormat;

/**
 * Whose cart a request reaches: a signed-in account (from its verified token) or a guest (by an id the server issued).
 * The item key is derived from the kind, so a guest id can never name a user cart.
 *
 * @param accountId the signed-in account, or null for a guest
 * @param guestId the guest cart id the client presented, or null (no id yet, or a user)
 */
public record CartOwner(UUID accountId, String guestId) {

    public static CartOwner user(UUID accountId) {
        return new CartOwner(accountId, null);
    }

    public static CartOwner guest(String guestId) {
        return new CartOwner(null, guestId);
    }

    /** Whether a cart key belongs to a guest cart (which expires) rather than a user cart. */
    public static boolean isGuestKey(String key) {
        return CartItemFormat.isGuestKey(key);
    }

    public boolean isGuest() {
        return accountId == null;
    }

    /** The DynamoDB key of this owner's cart; empty for a guest without an id. */
    public Optional<String> key() {
        if (!isGuest()) {
            return Optional.of(CartItemFormat.userKey(accountId));
        }
        return Optional.ofNullable(guestId).map(CartItemFormat::guestKey);
    }
}
