package io.bazaar.cart.service;

import io.bazaar.cart.model.Cart;
import io.bazaar.cart.model.CartOwner;

/**
 * A cart with the owner it was found or created under: a guest's first write gets a new id, which the response must
 * hand to the client.
 */
public record OwnedCart(CartOwner owner, Cart cart) {
}
