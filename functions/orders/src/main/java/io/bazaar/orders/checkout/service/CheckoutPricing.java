package io.bazaar.orders.checkout.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiFunction;

import io.bazaar.cart.contract.CartLine;
import io.bazaar.catalog.contract.SkuOffer;
import io.bazaar.orders.address.rest.AddressInput;
import io.bazaar.orders.coupon.service.Coupon;
import io.bazaar.orders.order.service.OrderLine;
import io.bazaar.orders.shipping.service.ShippingRule;
import io.bazaar.platform.problem.ProblemException;

/**
 * Prices a checkout, pure and in integer minor units: the selected lines at today's catalog prices, grouped into one
 * order per merchant; then the coupon's discount (a platform-wide coupon is shared among the orders in proportion to
 * their items); then each merchant's shipping fee on the goods after discount.
 */
public final class CheckoutPricing {

    static final int MAX_QUANTITY = 999;

    private CheckoutPricing() {
    }

    public static CheckoutPlan plan(List<CartLine> selected, Map<UUID, SkuOffer> offers, Coupon coupon, Instant now,
            Map<UUID, ShippingRule> rules, BiFunction<UUID, String, ShippingRule> defaultRule, AddressInput shipTo) {
        if (selected.isEmpty()) {
            throw ProblemException.unprocessable("nothing-selected", "The cart has no selected lines to check out.");
        }
        Map<UUID, List<OrderLine>> byMerchant = new TreeMap<>();
        String currency = null;
        for (CartLine line : selected.stream().sorted(java.util.Comparator.comparing(CartLine::skuId)).toList()) {
            SkuOffer offer = offers.get(line.skuId());
            if (offer == null || !offer.buyable()) {
                throw ProblemException.conflict("product-unavailable", "SKU " + line.skuId() + " is no longer for sale.");
            }
            if (line.quantity() < 1 || line.quantity() > MAX_QUANTITY) {
                throw ProblemException.unprocessable("invalid-quantity",
                        "SKU " + line.skuId() + ": quantity must be 1-" + MAX_QUANTITY + ".");
            }
            if (currency == null) {
                currency = offer.currency();
            } else if (!currency.equals(offer.currency())) {
                throw ProblemException.unprocessable("mixed-currencies", "SKU " + line.skuId() + " is priced in "
                        + offer.currency() + " but the other lines in " + currency + "; check them out separately.");
            }
            byMerchant.computeIfAbsent(offer.merchantId(), m -> new ArrayList<>()).add(new OrderLine(offer.skuId(),
                    offer.productId(), offer.merchantId(), offer.productName(), offer.attributesJson(), offer.priceMinor(),
                    line.quantity()));
        }
        Map<UUID, Long> items = new TreeMap<>();
        byMerchant.forEach((merchant, lines) -> items.put(merchant, lines.stream().mapToLong(OrderLine::totalMinor).sum()));
        Map<UUID, Long> discounts = coupon == null ? Map.of() : discounts(coupon, currency, items, now);
        List<PlannedOrder> orders = new ArrayList<>();
        for (var entry : byMerchant.entrySet()) {
            UUID merchant = entry.getKey();
            long itemsMinor = items.get(merchant);
            long discount = discounts.getOrDefault(merchant, 0L);
            ShippingRule rule = rules.containsKey(merchant) ? rules.get(merchant) : defaultRule.apply(merchant, currency);
            if (!rule.currency().equals(currency)) {
                throw ProblemException.unprocessable("shipping-unavailable",
                        "Merchant " + merchant + " ships only orders in " + rule.currency() + ".");
            }
            long shipping = rule.feeFor(shipTo.country(), shipTo.region(), itemsMinor - discount);
            orders.add(new PlannedOrder(merchant, currency, List.copyOf(entry.getValue()), itemsMinor, discount, shipping));
        }
        return new CheckoutPlan(currency, orders, coupon);
    }

    private static Map<UUID, Long> discounts(Coupon coupon, String currency, Map<UUID, Long> items, Instant now) {
        if (!coupon.validAt(now)) {
            throw ProblemException.unprocessable("coupon-expired", "Coupon " + coupon.code() + " is not valid now.");
        }
        if (coupon.kind() == Coupon.Kind.FIXED && !coupon.currency().equals(currency)) {
            throw ProblemException.unprocessable("coupon-not-applicable",
                    "Coupon " + coupon.code() + " is in " + coupon.currency() + ", the order in " + currency + ".");
        }
        List<UUID> eligible = items.keySet().stream()
                .filter(m -> coupon.merchantId() == null || coupon.merchantId().equals(m)).toList();
        if (eligible.isEmpty()) {
            throw ProblemException.unprocessable("coupon-not-applicable",
                    "Coupon " + coupon.code() + " is for another shop's goods.");
        }
        long eligibleMinor = eligible.stream().mapToLong(items::get).sum();
        if (eligibleMinor < coupon.minSpendMinor()) {
            throw ProblemException.unprocessable("coupon-minimum-not-met", "Coupon " + coupon.code() + " needs a spend of at least "
                    + coupon.minSpendMinor() + " minor units on eligible goods.");
        }
        long total = coupon.discountOn(eligibleMinor);
        Map<UUID, Long> shares = new TreeMap<>();
        long given = 0;
        for (int i = 0; i < eligible.size(); i++) {
            UUID merchant = eligible.get(i);
            long share = i == eligible.size() - 1 ? total - given
                    : Math.multiplyExact(total, items.get(merchant)) / eligibleMinor;
            share = Math.min(share, items.get(merchant));
            shares.put(merchant, share);
            given += share;
        }
        return shares;
    }
}
