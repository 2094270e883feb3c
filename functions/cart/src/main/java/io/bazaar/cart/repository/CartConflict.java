package io.bazaar.cart.repository;

/** Someone else wrote the cart since it was read: the change must be redone on the newer version. */
public class CartConflict extends RuntimeException {

    public CartConflict(String key) {
        super("cart " + key + " changed concurrently", null, false, false);
    }
}
