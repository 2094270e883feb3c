package io.bazaar.orders.checkout.rest;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.orders.checkout.service.CheckoutPlan;
import io.bazaar.orders.order.rest.OrderLineView;

/**
 * The breakdown a checkout of the selected cart lines would have now (items, discount, shipping, total per merchant
 * and in all); nothing is reserved, so the checkout itself prices again and may differ if a price or stock changed.
 */
public record CheckoutQuote(List<QuotedOrder> orders, String currency, long itemsMinor, long discountMinor,
        long shippingMinor, long grandTotalMinor, @Schema(nullable = true) String couponCode) {

    /** One merchant's part of the checkout. */
    public record QuotedOrder(UUID merchantId, List<OrderLineView> lines, long itemsMinor, long discountMinor,
            long shippingMinor, long totalMinor, String currency) {
    }

    public static CheckoutQuote of(CheckoutPlan plan) {
        List<QuotedOrder> orders = plan.orders().stream().map(o -> new QuotedOrder(o.merchantId(),
                o.lines().stream().map(OrderLineView::of).toList(), o.itemsMinor(), o.discountMinor(), o.shippingMinor(),
                o.totalMinor(), o.currency())).toList();
        return new CheckoutQuote(orders, plan.currency(), orders.stream().mapToLong(QuotedOrder::itemsMinor).sum(),
                orders.stream().mapToLong(QuotedOrder::discountMinor).sum(),
                orders.stream().mapToLong(QuotedOrder::shippingMinor).sum(), plan.grandTotalMinor(),
                plan.coupon() == null ? null : plan.coupon().code());
    }
}
