package io.bazaar.orders.order.rest;

import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.type.TypeReference;

import io.bazaar.orders.order.service.OrderLine;

/**
 * One bought SKU as it was at checkout; a line at a member price also shows the list price and what it saved.
 */
public record OrderLineView(UUID skuId, UUID productId, String productName, Map<String, String> attributes,
        long unitPriceMinor, int quantity, long lineTotalMinor,
        @Schema(nullable = true, description = "List price per unit when the member price applied, else null") Long listPriceMinor,
        long memberSavingMinor) {

    private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() { };

    public static OrderLineView of(OrderLine line) {
        return new OrderLineView(line.skuId(), line.productId(), line.productName(),
                JsonText.read(line.attributesJson(), ATTRIBUTES), line.unitPriceMinor(), line.quantity(), line.totalMinor(),
                line.listPriceMinor(), line.memberSavingMinor());
    }
}
