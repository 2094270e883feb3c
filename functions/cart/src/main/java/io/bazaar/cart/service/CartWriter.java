package io.bazaar.cart.service;

import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.cart.CartConfig;
import io.bazaar.cart.model.Cart;
import io.bazaar.cart.model.CartOwner;
import io.bazaar.cart.repository.CartConflict;
import io.bazaar.cart.repository.CartStore;
import io.bazaar.platform.aws.BlockingCalls;
import io.bazaar.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * Applies a change to a cart with optimistic locking: read, change, write if the version is unchanged, and on a
 * conflict read again and redo the change (a few times, with jittered back-off), so parallel writers never lose a line.
 * Runs on a worker thread: the store is blocking, and the back-off sleeps there rather than on an event loop.
 */
@ApplicationScoped
public class CartWriter {

    private static final long MAX_BACKOFF_MILLIS = 200;

    private final CartStore store;
    private final BlockingCalls blocking;
    private final CartConfig config;

    CartWriter(CartStore store, BlockingCalls blocking, CartConfig config) {
        this.store = store;
        this.blocking = blocking;
        this.config = config;
    }

    /** The owner's live cart, or an empty one (not stored) when there is none. */
    public Uni<OwnedCart> current(CartOwner owner) {
        return blocking.run(() -> find(owner).map(cart -> new OwnedCart(owner, cart))
                .orElseGet(() -> new OwnedCart(owner, Cart.empty(owner.key().orElse(null)))));
    }

    /** The live cart under a key, if there is one. */
    public Uni<Optional<Cart>> peek(String key) {
        return blocking.run(() -> store.find(key));
    }

    /**
     * Changes the owner's cart. A guest without a live cart gets a new cart under a fresh id. The change may throw a
     * ProblemException to refuse; when it changes nothing, nothing is written.
     */
    public Uni<OwnedCart> change(CartOwner owner, UnaryOperator<Cart> change) {
        return blocking.run(() -> retrying(() -> {
            Optional<Cart> found = find(owner);
            CartOwner effective = found.isPresent() || !owner.isGuest() ? owner : CartOwner.guest(GuestIds.next());
            Cart before = found.orElseGet(() -> Cart.empty(effective.key().orElseThrow()));
            Cart after = change.apply(before);
            if (after.lines().equals(before.lines())) {
                return new OwnedCart(effective, before);
            }
            return new OwnedCart(effective, store.save(after));
        }));
    }

    /**
     * Moves a guest cart into a user cart: stores merge(user, guest) and deletes the guest cart in one transaction.
     * Without a live guest cart there is nothing to move and the user cart is returned as it is.
     */
    public Uni<Cart> merge(CartOwner user, String guestKey, BiFunction<Cart, Cart, Cart> merge) {
        return blocking.run(() -> retrying(() -> {
            String userKey = user.key().orElseThrow();
            Cart target = store.find(userKey).orElseGet(() -> Cart.empty(userKey));
            Optional<Cart> guest = store.find(guestKey);
            if (guest.isEmpty()) {
                return target;
            }
            return store.saveAndDelete(merge.apply(target, guest.get()), guest.get());
        }));
    }

    /** Removes the owner's cart, if any. */
    public Uni<Void> clear(CartOwner owner) {
        return blocking.run(() -> owner.key().ifPresent(store::delete));
    }

    private Optional<Cart> find(CartOwner owner) {
        return owner.key().flatMap(store::find);
    }

    private <T> T retrying(Supplier<T> attempt) {
        for (int tries = 1;; tries++) {
            try {
                return attempt.get();
            } catch (CartConflict conflict) {
                if (tries >= config.writeAttempts()) {
                    throw ProblemException.conflict("cart-busy", "The cart is being changed elsewhere; try again.");
                }
                pause(tries);
            }
        }
    }

    private static void pause(int tries) {
        long bound = Math.min(MAX_BACKOFF_MILLIS, 10L << Math.min(tries, 5));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, bound + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.conflict("cart-busy", "The cart is being changed elsewhere; try again.");
        }
    }
}
