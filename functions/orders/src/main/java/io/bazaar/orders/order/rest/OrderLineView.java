package io.bazaar.orders.order.rest;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.bazaar.orders.order.service.OrderLine;

/** One bought SKU as it was at checkout. */
public record OrderLineView(UUID skuId, UUID productId, String productName, JsonNode attributes,
        long unitPriceMinor, int quantity, long lineTotalMinor) {

    public static OrderLineView of(OrderLine line) {
        return new OrderLineView(line.skuId(), line.productId(), line.productName(), JsonText.parse(line.attributesJson()),
                line.unitPriceMinor(), line.quantity(), line.totalMinor());
    }
}
