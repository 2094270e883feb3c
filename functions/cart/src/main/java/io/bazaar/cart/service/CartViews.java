package io.bazaar.cart.service;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.bazaar.cart.contract.CartLine;
import io.bazaar.cart.model.Cart;
import io.bazaar.catalog.contract.SkuOffer;
import io.bazaar.platform.money.Money;

/** Prices a stored cart with the catalog's current offers: line views, newest first, and totals per currency. */
final class CartViews {

    private CartViews() {
    }

    static CartView of(Cart cart, Map<UUID, SkuOffer> offers) {
        List<CartLineView> lines = cart.allLines().stream()
                .sorted(Comparator.comparingLong(CartLine::addedAt).reversed().thenComparing(CartLine::skuId))
                .map(line -> line(line, offers.get(line.skuId())))
                .toList();
        return new CartView(lines, totals(lines), cart.isStored() ? Instant.ofEpochMilli(cart.updatedAt()) : null);
    }

    private static CartLineView line(CartLine line, SkuOffer offer) {
        if (offer == null) {
            return new CartLineView(line.skuId(), null, null, null, Map.of(), line.quantity(), line.selected(),
                    line.addedPriceMinor(), line.addedPriceMinor(), false, line.currency(), false, 0,
                    new Money(line.addedPriceMinor(), line.currency()).times(line.quantity()).amountMinor());
        }
        long lineTotal = new Money(offer.priceMinor(), offer.currency()).times(line.quantity()).amountMinor();
        return new CartLineView(line.skuId(), offer.productId(), offer.productName(), offer.slug(), offer.attributes(),
                line.quantity(), line.selected(), offer.priceMinor(), line.addedPriceMinor(),
                offer.priceMinor() != line.addedPriceMinor(), offer.currency(), offer.canSupply(line.quantity()),
                offer.stock(), lineTotal);
    }

    private static List<CurrencyTotal> totals(List<CartLineView> lines) {
        Map<String, Money> sums = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        lines.stream().filter(line -> line.selected() && line.available()).forEach(line -> {
            sums.merge(line.currency(), new Money(line.lineTotalMinor(), line.currency()), Money::plus);
            counts.merge(line.currency(), line.quantity(), Integer::sum);
        });
        return sums.entrySet().stream()
                .map(sum -> new CurrencyTotal(sum.getKey(), sum.getValue().amountMinor(), counts.get(sum.getKey())))
                .toList();
    }
}
