package io.bazaar.orders.checkout.rest;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.orders.order.rest.OrderLineView;

/**
 * The breakdown a checkout of the selected cart lines would have now (items at this shopper's prices with what member
 * prices saved, the coupon's discount, the points spent and their value, shipping, the total, and the points the
 * orders will earn), per merchant and in all; nothing is reserved, so the checkout itself prices again and may differ
 * if a price, stock or the points balance changed. {@code discountMinor} is the coupon's discount plus the points'
 * value.
 */
public record CheckoutQuote(List<QuotedOrder> orders, String currency, long itemsMinor, long discountMinor,
        long shippingMinor, long grandTotalMinor, @Schema(nullable = true) String couponCode,
        @Schema(nullable = true, description = "The wallet coupon used (also the one bestCoupon picked)") UUID walletCouponId,
        long couponDiscountMinor, long memberSavingMinor,
        @Schema(description = "Whether member prices and benefits applied (the token's verified claim)") boolean member,
        long pointsSpent, long pointsValueMinor, long pointsBalance,
        @Schema(description = "The most points this checkout can take (cap and balance)") long pointsMaxSpendable,
        @Schema(description = "Points the orders earn when they complete, as things stand") long pointsToEarn) {

    /** One merchant's part of the checkout. */
    public record QuotedOrder(UUID merchantId, List<OrderLineView> lines, long itemsMinor, long discountMinor,
            long shippingMinor, long totalMinor, String currency, long couponDiscountMinor, long pointsSpent,
            long pointsValueMinor, long memberSavingMinor, long pointsToEarn) {
    }
}
