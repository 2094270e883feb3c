package io.bazaar.cart.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.cart.CartConfig;
import io.bazaar.cart.model.Cart;
import io.bazaar.catalog.contract.SkuOffer;
import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;

/** The limits a cart change must keep: what may be bought, how many, and how many lines. */
@ApplicationScoped
public class CartRules {

    private final CartConfig config;

    CartRules(CartConfig config) {
        this.config = config;
    }

    /** A quantity asked for in one request: over the per-line maximum is bad input. */
    public void requireRequestQuantity(int quantity) {
        if (quantity > config.maxQuantityPerLine()) {
            throw ProblemException.invalid(new FieldError("quantity", "must be at most " + config.maxQuantityPerLine()));
        }
    }

    /** The SKU exists (404) and its product is approved and listed (422). */
    public SkuOffer requireOnSale(SkuOffer offer, UUID skuId) {
        if (offer == null) {
            throw ProblemException.notFound("sku-not-found", "There is no SKU " + skuId + ".");
        }
        if (!offer.buyable()) {
            throw ProblemException.unprocessable("not-on-sale", "This product is not on sale.");
        }
        return offer;
    }

    /** A line's resulting quantity stays within the per-line maximum and the stock (409). */
    public void requireSupply(SkuOffer offer, int quantity) {
        if (quantity > config.maxQuantityPerLine()) {
            throw ProblemException.conflict("line-quantity-limit",
                    "A line holds at most " + config.maxQuantityPerLine() + " units.");
        }
        if (offer.stock() < quantity) {
            throw ProblemException.conflict("insufficient-stock",
                    "Only " + offer.stock() + " units of this SKU are in stock.");
        }
    }

    /** There is room for one more line (409). */
    public void requireRoomForLine(Cart cart) {
        if (cart.lines().size() >= config.maxLines()) {
            throw ProblemException.conflict("cart-full", "A cart holds at most " + config.maxLines() + " lines.");
        }
    }

    public boolean hasRoomForLine(Cart cart) {
        return cart.lines().size() < config.maxLines();
    }

    /** The most of a SKU a line may hold now: the per-line maximum or the stock, whichever is lower. */
    public int cap(SkuOffer offer) {
        return Math.min(config.maxQuantityPerLine(), offer.stock());
    }
}
