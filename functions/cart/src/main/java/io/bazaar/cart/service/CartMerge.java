package io.bazaar.cart.service;

import java.util.Comparator;
import java.util.Map;
import java.util.UUID;

import io.bazaar.cart.contract.CartLine;
import io.bazaar.cart.model.Cart;
import io.bazaar.catalog.contract.SkuOffer;

/** How a guest cart's lines join a customer's cart at sign-in (see {@link CartService#merge}). */
final class CartMerge {

    private CartMerge() {
    }

    static Cart merge(Cart target, Cart guest, Map<UUID, SkuOffer> offers, CartRules rules) {
        Cart merged = target;
        for (CartLine line : guest.allLines().stream().sorted(Comparator.comparingLong(CartLine::addedAt)).toList()) {
            SkuOffer offer = offers.get(line.skuId());
            if (offer == null || !offer.buyable() || rules.cap(offer) < 1) {
                continue;
            }
            CartLine existing = merged.line(line.skuId()).orElse(null);
            if (existing == null) {
                if (rules.hasRoomForLine(merged)) {
                    merged = merged.with(line.withQuantity(Math.min(line.quantity(), rules.cap(offer))));
                }
                continue;
            }
            int quantity = Math.max(existing.quantity(), Math.min(existing.quantity() + line.quantity(), rules.cap(offer)));
            merged = merged.with(existing.withQuantity(quantity).withSelected(existing.selected() || line.selected()));
        }
        return merged;
    }
}
