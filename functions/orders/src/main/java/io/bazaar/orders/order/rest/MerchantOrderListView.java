package io.bazaar.orders.order.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.orders.order.service.MerchantOrderPage;

/** A keyset page of the merchant's orders; pass {@code nextCursor} back as {@code cursor} for the next one. */
public record MerchantOrderListView(List<MerchantOrderSummaryView> items,
        @Schema(nullable = true, description = "The cursor of the next page; null on the last page") String nextCursor) {

    public static MerchantOrderListView of(MerchantOrderPage page) {
        return new MerchantOrderListView(page.orders().stream().map(MerchantOrderSummaryView::of).toList(),
                page.next() == null ? null : page.next().encode());
    }
}
