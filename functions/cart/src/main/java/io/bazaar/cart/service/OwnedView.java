package io.bazaar.cart.service;

import io.bazaar.cart.model.CartOwner;

/** A priced cart with the cart it shows, so the response can tell a guest which cart id to keep. */
public record OwnedView(OwnedCart owned, CartView view) {

    public CartOwner owner() {
        return owned.owner();
    }

    /** Whether the cart exists in the store (an empty cart that was never written has no id to remember). */
    public boolean isStored() {
        return owned.cart().isStored();
    }
}
