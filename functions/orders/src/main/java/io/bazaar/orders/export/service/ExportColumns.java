package io.bazaar.orders.export.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.bazaar.orders.order.service.MerchantOrder;
import io.bazaar.orders.order.service.MerchantOrderPage;
import io.bazaar.orders.order.service.OrderLine;

/**
 * The columns of an export: one row per order line, each carrying its order's number, state, money (major units, with
 * the currency in its own column), the customer as the merchant's list shows them (masked) and the ship-to address
 * as the merchant's order page shows it (after an account's erasure, without name and phone). Dates are ISO 8601 UTC.
 */
final class ExportColumns {

    static final List<String> HEADER = List.of("order_number", "placed_at", "status", "payment_status", "currency",
            "items_total", "discount", "shipping", "order_total", "refunded", "customer_email", "customer_phone",
            "recipient_name", "recipient_phone", "country", "region", "city", "postal_code", "address_line1",
            "address_line2", "carrier", "tracking_number", "paid_at", "shipped_at", "line_no", "product_id", "sku_id",
            "product_name", "sku_attributes", "unit_price", "quantity", "line_total");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() { };

    private ExportColumns() {
    }

    static List<Cell> header() {
        return HEADER.stream().map(Cell::text).toList();
    }

    /** The rows of one order: one per line (an order without lines, which checkout never makes, gets one row). */
    static List<List<Cell>> rows(MerchantOrderPage.Entry entry, List<OrderLine> lines) {
        MerchantOrder o = entry.order();
        Map<String, Object> to = read(o.shipToJson());
        List<Cell> order = List.of(Cell.text(o.number()), Cell.text(date(o.createdAt())), Cell.text(o.status().name()),
                Cell.text(o.paymentState().name()), Cell.text(o.currency()), Cell.amount(o.itemsMinor(), o.currency()),
                Cell.amount(o.discountMinor(), o.currency()), Cell.amount(o.shippingMinor(), o.currency()),
                Cell.amount(o.totalMinor(), o.currency()), Cell.amount(o.refundedMinor(), o.currency()),
                Cell.text(entry.customer().email()), Cell.text(entry.customer().phone()), Cell.text(text(to, "name")),
                Cell.text(text(to, "phone")), Cell.text(text(to, "country")), Cell.text(text(to, "region")),
                Cell.text(text(to, "city")), Cell.text(text(to, "postalCode")), Cell.text(text(to, "line1")),
                Cell.text(text(to, "line2")), Cell.text(o.carrier()), Cell.text(o.trackingNumber()),
                Cell.text(date(o.paidAt())), Cell.text(date(o.shippedAt())));
        List<List<Cell>> rows = new ArrayList<>();
        if (lines == null || lines.isEmpty()) {
            List<Cell> row = new ArrayList<>(order);
            while (row.size() < HEADER.size()) {
                row.add(Cell.text(""));
            }
            rows.add(row);
            return rows;
        }
        for (int i = 0; i < lines.size(); i++) {
            OrderLine l = lines.get(i);
            List<Cell> row = new ArrayList<>(HEADER.size());
            row.addAll(order);
            row.add(Cell.count(i + 1));
            row.add(Cell.text(l.productId().toString()));
            row.add(Cell.text(l.skuId().toString()));
            row.add(Cell.text(l.productName()));
            row.add(Cell.text(attributes(l.attributesJson())));
            row.add(Cell.amount(l.unitPriceMinor(), o.currency()));
            row.add(Cell.count(l.quantity()));
            row.add(Cell.amount(l.totalMinor(), o.currency()));
            rows.add(row);
        }
        return rows;
    }

    /** {"colour":"red","size":"M"} as {@code colour: red; size: M}, by name (jsonb keeps no order of its own). */
    static String attributes(String json) {
        return read(json).entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "));
    }

    private static String text(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? "" : value.toString();
    }

    private static String date(Instant at) {
        return at == null ? "" : at.toString();
    }

    private static Map<String, Object> read(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not valid", e);
        }
    }
}
