package io.bazaar.orders.checkout.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
 * Prices a checkout, pure and in integer minor units: the selected lines at today's catalog prices (a verified
 * member's at the SKU's member price), grouped into one order per merchant; then the coupon's discount (a
 * platform-wide coupon is shared among the orders in proportion to their items); then the points spent, shared the same
 * way over the goods after the coupon; then each merchant's shipping fee on the goods after the coupon. The quote,
 * the checkout, the best-coupon choice and the wallet's "applicable" list all price through here.
 */
public final class CheckoutPricing {

    static final int MAX_QUANTITY = 999;

    private CheckoutPricing() {
    }

    /** The selected lines at this shopper's prices, one group per merchant, in one currency. */
    public record Goods(String currency, Map<UUID, List<OrderLine>> byMerchant, Map<UUID, Long> items) {

        public long itemsMinor() {
            return items.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Points the shopper spends, and the rule that values them.
     *
     * @param pointsPerMajorUnit how many points make one major unit (yuan, dollar) of discount
     * @param maxSharePercent    at most this share of the goods after the coupon may be paid with points
     */
    public record PointsSpend(long points, long pointsPerMajorUnit, int maxSharePercent) {

        public static PointsSpend none(long pointsPerMajorUnit, int maxSharePercent) {
            return new PointsSpend(0, pointsPerMajorUnit, maxSharePercent);
        }

        /** What {@code points} are worth in the currency's minor units (rounded down). */
        public long valueMinor(long points, String currency) {
            return Math.multiplyExact(points, minorPerMajor(currency)) / pointsPerMajorUnit;
        }

        /** The most points that may pay for goods worth {@code goodsMinor} (after the coupon). */
        public long maxPoints(long goodsMinor, String currency) {
            long maxValue = Math.multiplyExact(goodsMinor, (long) maxSharePercent) / 100;
            return Math.multiplyExact(maxValue, pointsPerMajorUnit) / minorPerMajor(currency);
        }
    }

    public static Goods goods(List<CartLine> selected, Map<UUID, SkuOffer> offers, boolean member) {
        if (selected.isEmpty()) {
            throw ProblemException.unprocessable("nothing-selected", "The cart has no selected lines to check out.");
        }
        Map<UUID, List<OrderLine>> byMerchant = new TreeMap<>();
        String currency = null;
        for (CartLine line : selected.stream().sorted(Comparator.comparing(CartLine::skuId)).toList()) {
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
            long unit = offer.priceFor(member);
            byMerchant.computeIfAbsent(offer.merchantId(), m -> new ArrayList<>()).add(new OrderLine(offer.skuId(),
                    offer.productId(), offer.merchantId(), offer.productName(), offer.attributesJson(), unit,
                    line.quantity(), unit == offer.priceMinor() ? null : offer.priceMinor()));
        }
        Map<UUID, Long> items = new TreeMap<>();
        byMerchant.forEach((merchant, lines) -> items.put(merchant, lines.stream().mapToLong(OrderLine::totalMinor).sum()));
        return new Goods(currency, byMerchant, items);
    }

    public static CheckoutPlan plan(Goods goods, Coupon coupon, boolean member, Instant now, PointsSpend points,
            Map<UUID, ShippingRule> rules, BiFunction<UUID, String, ShippingRule> defaultRule, AddressInput shipTo) {
        String currency = goods.currency();
        Map<UUID, Long> discounts = coupon == null ? Map.of() : discounts(coupon, goods, member, now);
        Map<UUID, Long> afterCoupon = new TreeMap<>();
        goods.items().forEach((merchant, items) -> afterCoupon.put(merchant, items - discounts.getOrDefault(merchant, 0L)));
        long goodsAfterCoupon = afterCoupon.values().stream().mapToLong(Long::longValue).sum();
        long maxPoints = points.maxPoints(goodsAfterCoupon, currency);
        long pointsValue = pointsValue(points, currency, maxPoints);
        Map<UUID, Long> pointShares = share(pointsValue, afterCoupon);
        Map<UUID, Long> pointsSpent = share(points.points(), afterCoupon, false);
        List<PlannedOrder> orders = new ArrayList<>();
        for (var entry : goods.byMerchant().entrySet()) {
            UUID merchant = entry.getKey();
            long itemsMinor = goods.items().get(merchant);
            long discount = discounts.getOrDefault(merchant, 0L);
            ShippingRule rule = rules.containsKey(merchant) ? rules.get(merchant) : defaultRule.apply(merchant, currency);
            if (!rule.currency().equals(currency)) {
                throw ProblemException.unprocessable("shipping-unavailable",
                        "Merchant " + merchant + " ships only orders in " + rule.currency() + ".");
            }
            long shipping = rule.feeFor(shipTo.country(), shipTo.region(), itemsMinor - discount);
            orders.add(new PlannedOrder(merchant, currency, List.copyOf(entry.getValue()), itemsMinor, discount,
                    pointsSpent.getOrDefault(merchant, 0L), pointShares.getOrDefault(merchant, 0L), shipping));
        }
        return new CheckoutPlan(currency, orders, coupon, points.points(), maxPoints);
    }

    /**
     * The coupon's discount per merchant on these goods; 422 (403 members-only) with the reason when it does not
     * apply. The wallet's "applicable" list and the best-coupon choice ask the same question.
     */
    public static Map<UUID, Long> discounts(Coupon coupon, Goods goods, boolean member, Instant now) {
        String currency = goods.currency();
        Map<UUID, Long> items = goods.items();
        if (coupon.membersOnly() && !member) {
            throw ProblemException.forbidden("members-only",
                    "Coupon " + coupon.code() + " is for verified members; verify your real name to use it.");
        }
        if (!coupon.validAt(now)) {
            throw ProblemException.unprocessable("coupon-expired", "Coupon " + coupon.code() + " is not valid now.");
        }
        if (coupon.totalUses() != null && coupon.usedCount() >= coupon.totalUses()) {
            throw ProblemException.unprocessable("coupon-used-up", "Coupon " + coupon.code() + " has no uses left.");
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
        Map<UUID, Long> weights = new TreeMap<>();
        eligible.forEach(m -> weights.put(m, items.get(m)));
        return share(coupon.discountOn(eligibleMinor), weights);
    }

    private static long pointsValue(PointsSpend points, String currency, long maxPoints) {
        if (points.points() == 0) {
            return 0;
        }
        if (Math.multiplyExact(points.points(), minorPerMajor(currency)) % points.pointsPerMajorUnit() != 0) {
            throw ProblemException.unprocessable("points-not-whole", points.pointsPerMajorUnit() + " points make one "
                    + currency + "; spend points in steps worth a whole minor unit.");
        }
        if (points.points() > maxPoints) {
            throw ProblemException.unprocessable("points-over-limit", "At most " + maxPoints + " points ("
                    + points.maxSharePercent() + " % of the goods after the coupon) can be spent on this checkout.");
        }
        return points.valueMinor(points.points(), currency);
    }

    /** {@code total} shared in proportion to the weights, the last one taking the rest; money: no share above its weight. */
    private static Map<UUID, Long> share(long total, Map<UUID, Long> weights) {
        return share(total, weights, true);
    }

    private static Map<UUID, Long> share(long total, Map<UUID, Long> weights, boolean capped) {
        Map<UUID, Long> shares = new TreeMap<>();
        long sum = weights.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0 || sum == 0) {
            return shares;
        }
        long given = 0;
        List<UUID> keys = List.copyOf(weights.keySet());
        for (int i = 0; i < keys.size(); i++) {
            UUID key = keys.get(i);
            long share = i == keys.size() - 1 ? total - given : Math.multiplyExact(total, weights.get(key)) / sum;
            if (capped) {
                share = Math.min(share, weights.get(key));
            }
            shares.put(key, share);
            given += share;
        }
        return shares;
    }

    /** 100 for CNY and USD, 1 for JPY: minor units in one major unit. */
    public static long minorPerMajor(String currency) {
        return (long) Math.pow(10, java.util.Currency.getInstance(currency).getDefaultFractionDigits());
    }
}
