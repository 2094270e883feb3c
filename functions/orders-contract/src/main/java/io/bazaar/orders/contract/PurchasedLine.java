package io.bazaar.orders.contract;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.vertx.core.json.JsonObject;

/**
 * One line of a customer's order as it was bought: the product and SKU (with its attribute values then), the seller,
 * and where the order stands now.
 *
 * @param skuAttributesJson the SKU's attribute values at checkout as a JSON object, e.g. {"colour": "red"}
 * @param receivedAt when the order was delivered (null while it is not)
 */
public record PurchasedLine(String orderNumber, int lineNo, UUID accountId, UUID merchantId, UUID productId,
        UUID skuId, String productName, String skuAttributesJson, String orderStatus, Instant orderedAt,
        Instant receivedAt) {

    /** The attribute values by attribute name. */
    public Map<String, Object> skuAttributes() {
        return new JsonObject(skuAttributesJson).getMap();
    }

    /** Whether the goods reached the customer: the order is DELIVERED or COMPLETED (not refunded, not cancelled). */
    public boolean received() {
        return PurchasedLines.RECEIVED_STATUSES.contains(orderStatus);
    }
}
