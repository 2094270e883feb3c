package io.bazaar.orders.order.rest;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.type.TypeReference;

import io.bazaar.orders.order.service.OrderLine;

/**
 * One bought SKU as it was at checkout; a line at a member price also shows the list price and what it saved.
 */
public record OrderLineView(@Schema(description = "The line's position, 1-based: what shipments, refunds and returns name")
        int lineNo, UUID skuId, UUID productId, String productName, Map<String, String> attributes,
        long unitPriceMinor, int quantity, long lineTotalMinor,
        @Schema(nullable = true, description = "List price per unit when the member price applied, else null") Long listPriceMinor,
        long memberSavingMinor, @Schema(description = "Units already in a parcel") int shippedQuantity) {

    private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() { };

    /** The lines of an order (or of a checkout's order) with their positions, before anything shipped. */
    public static List<OrderLineView> numbered(List<OrderLine> lines) {
        return IntStream.range(0, lines.size()).mapToObj(i -> of(lines.get(i), i + 1, 0)).toList();
    }

    public static OrderLineView of(OrderLine line, int lineNo, int shippedQuantity) {
        return new OrderLineView(lineNo, line.skuId(), line.productId(), line.productName(),
                JsonText.read(line.attributesJson(), ATTRIBUTES), line.unitPriceMinor(), line.quantity(), line.totalMinor(),
                line.listPriceMinor(), line.memberSavingMinor(), shippedQuantity);
    }
}
