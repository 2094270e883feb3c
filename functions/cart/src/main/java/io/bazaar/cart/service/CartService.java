package io.bazaar.cart.service;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.cart.contract.CartLine;
import io.bazaar.cart.model.Cart;
import io.bazaar.cart.model.CartOwner;
import io.bazaar.catalog.contract.CatalogOffers;
import io.bazaar.catalog.contract.SkuOffer;
import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;
import io.bazaar.statistics.contract.BehaviourEvent;
import io.bazaar.statistics.contract.BehaviourEvents;
import io.bazaar.statistics.contract.Visitor;
import io.smallrye.mutiny.Uni;

/** What a shopper does with a cart: view, add, change, select, remove, clear, and take over a guest cart at sign-in. */
@ApplicationScoped
public class CartService {

    private final CartWriter carts;
    private final CatalogOffers offers;
    private final CartRules rules;
    private final Clock clock;
    private final BehaviourEvents events;

    CartService(CartWriter carts, CatalogOffers offers, CartRules rules, Clock clock, BehaviourEvents events) {
        this.events = events;
        this.carts = carts;
        this.offers = offers;
        this.rules = rules;
        this.clock = clock;
    }

    public Uni<OwnedView> view(CartOwner owner) {
        return carts.current(owner).chain(this::priced);
    }

    /** Adds units of a SKU; a SKU already in the cart gets one line with the quantities summed (and is selected). */
    public Uni<OwnedView> add(CartOwner owner, Visitor visitor, UUID skuId, int quantity) {
        rules.requireRequestQuantity(quantity);
        return offer(skuId).chain(offer -> carts.change(owner, cart -> {
            CartLine existing = cart.line(skuId).orElse(null);
            if (existing == null) {
                rules.requireRoomForLine(cart);
                rules.requireSupply(offer, quantity);
                return cart.with(new CartLine(skuId, quantity, true, offer.priceMinor(), offer.currency(), clock.millis()));
            }
            int total = existing.quantity() + quantity;
            rules.requireSupply(offer, total);
            return cart.with(existing.withQuantity(total).withSelected(true));
        }).chain(this::priced).call(() -> events.record(BehaviourEvent.cartAdd(visitor, offer.merchantId(),
                offer.productId(), skuId, quantity, clock.instant()))));
    }

    /** Sets a line's quantity (same limits as adding) and/or its selection. */
    public Uni<OwnedView> change(CartOwner owner, UUID skuId, LineChange change) {
        if (change.quantity() == null && change.selected() == null) {
            throw ProblemException.invalid(new FieldError("quantity", "give a quantity or selected"),
                    new FieldError("selected", "give a quantity or selected"));
        }
        if (change.quantity() == null) {
            return carts.change(owner, cart -> cart.with(existingLine(cart, skuId).withSelected(change.selected())))
                    .chain(this::priced);
        }
        rules.requireRequestQuantity(change.quantity());
        return offer(skuId).chain(offer -> carts.change(owner, cart -> {
            CartLine line = existingLine(cart, skuId);
            rules.requireSupply(offer, change.quantity());
            CartLine changed = line.withQuantity(change.quantity());
            return cart.with(change.selected() == null ? changed : changed.withSelected(change.selected()));
        })).chain(this::priced);
    }

    public Uni<OwnedView> selectAll(CartOwner owner, boolean selected) {
        return carts.change(owner, cart -> cart.mapLines(line -> line.withSelected(selected))).chain(this::priced);
    }

    public Uni<OwnedView> remove(CartOwner owner, Visitor visitor, UUID skuId) {
        int[] removed = new int[1];
        return carts.change(owner, cart -> {
            removed[0] = existingLine(cart, skuId).quantity();
            return cart.without(skuId);
        }).chain(this::priced).call(() -> offers.find(List.of(skuId)).map(found -> found.get(skuId))
                .chain(offer -> offer == null ? Uni.createFrom().voidItem() : events.record(BehaviourEvent.cartRemove(
                        visitor, offer.merchantId(), offer.productId(), skuId, removed[0], clock.instant()))));
    }

    public Uni<Void> clear(CartOwner owner) {
        return carts.clear(owner);
    }

    /**
     * Moves a guest cart's lines into the signed-in customer's cart and deletes the guest cart. Quantities of the same
     * SKU are summed, capped by stock and the per-line maximum; SKUs no longer on sale, and lines beyond the cart's
     * line limit, stay behind. Calling it again finds no guest cart and changes nothing.
     */
    public Uni<OwnedView> merge(CartOwner user, String guestId) {
        if (!GuestIds.isWellFormed(guestId)) {
            return view(user);
        }
        String guestKey = CartOwner.guest(guestId).key().orElseThrow();
        return carts.peek(guestKey)
                .chain(guest -> offers.find(guest.map(cart -> cart.lines().keySet()).orElse(Set.of())))
                .chain(known -> carts.merge(user, guestKey, (target, guest) -> CartMerge.merge(target, guest, known, rules)))
                .map(cart -> new OwnedCart(user, cart))
                .chain(this::priced);
    }

    private Uni<SkuOffer> offer(UUID skuId) {
        return offers.find(List.of(skuId)).map(found -> rules.requireOnSale(found.get(skuId), skuId));
    }

    private Uni<OwnedView> priced(OwnedCart owned) {
        return offers.find(owned.cart().lines().keySet())
                .map((Map<UUID, SkuOffer> known) -> new OwnedView(owned, CartViews.of(owned.cart(), known)));
    }

    private static CartLine existingLine(Cart cart, UUID skuId) {
        return cart.line(skuId).orElseThrow(
                () -> ProblemException.notFound("line-not-found", "The cart has no line for SKU " + skuId + "."));
    }
}
