package io.bazaar.statistics.contract;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One thing a shopper did, as the statistics area stores it: ids and figures only, never a name, e-mail, address or
 * network address. Build one with the factories below; the id is made here, random for request events (a retried send
 * carries the same id, so the copy is dropped) and derived from the order or review for the events of a transaction
 * (a retried webhook or job records the same id again).
 *
 * @param merchantId   the shop it concerns; null for a search, which spans shops
 * @param quantity     units (cart and order events), the review's stars, else 0
 * @param amountMinor  money in {@code currency} (order total, refund amount, cart line value), else 0
 * @param lines        the product lines of an order or checkout event, else empty
 * @param details      small kind-specific values: the search's filters
 */
public record BehaviourEvent(UUID id, EventKind kind, Instant occurredAt, UUID merchantId, UUID productId, UUID skuId,
        UUID visitorId, UUID accountId, String orderNumber, int quantity, long amountMinor, String currency,
        List<EventLine> lines, ViewSource source, String query, Integer resultCount, Integer position,
        Map<String, String> details) {

    /** The longest search text kept; longer ones are cut, so one event never grows a message. */
    public static final int MAX_QUERY = 200;

    public BehaviourEvent {
        lines = lines == null ? List.of() : List.copyOf(lines);
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public static BehaviourEvent productView(Visitor who, UUID merchantId, UUID productId, ViewSource source, Instant at) {
        return request(EventKind.PRODUCT_VIEW, who, merchantId, productId, null, 0, 0, null, source, null, null, null,
                Map.of(), at);
    }

    public static BehaviourEvent search(Visitor who, String query, Map<String, String> filters, long resultCount, Instant at) {
        return request(EventKind.SEARCH, who, null, null, null, 0, 0, null, null, cut(query),
                (int) Math.min(resultCount, Integer.MAX_VALUE), null, filters, at);
    }

    /** @param position the opened result's place in the list, from 1 */
    public static BehaviourEvent searchClick(Visitor who, String query, UUID merchantId, UUID productId, int position,
            Instant at) {
        return request(EventKind.SEARCH_CLICK, who, merchantId, productId, null, 0, 0, null, null, cut(query), null,
                position, Map.of(), at);
    }

    public static BehaviourEvent cartAdd(Visitor who, UUID merchantId, UUID productId, UUID skuId, int quantity, Instant at) {
        return request(EventKind.CART_ADD, who, merchantId, productId, skuId, quantity, 0, null, null, null, null, null,
                Map.of(), at);
    }

    public static BehaviourEvent cartRemove(Visitor who, UUID merchantId, UUID productId, UUID skuId, int quantity,
            Instant at) {
        return request(EventKind.CART_REMOVE, who, merchantId, productId, skuId, quantity, 0, null, null, null, null, null,
                Map.of(), at);
    }

    /**
     * The checkout page priced these lines of one shop. Its id is derived from the shopper, the shop, the lines and the
     * day, so pricing the same cart again (another address, another coupon) that day counts one checkout.
     */
    public static BehaviourEvent checkoutStarted(Visitor who, UUID merchantId, String currency, long amountMinor,
            List<EventLine> lines, Instant at) {
        String key = "checkout#" + who.accountId() + "#" + who.visitorId() + "#" + merchantId + "#"
                + at.toString().substring(0, 10) + "#" + lines.stream().map(l -> l.skuId() + "x" + l.quantity()).sorted().toList();
        return new BehaviourEvent(derived(key), EventKind.CHECKOUT_STARTED, at, merchantId, null, null, who.visitorId(),
                who.accountId(), null, units(lines), amountMinor, currency, lines, null, null, null, null, Map.of());
    }

    public static BehaviourEvent orderPlaced(UUID accountId, UUID merchantId, String orderNumber, String currency,
            long totalMinor, List<EventLine> lines, Instant at) {
        return order(EventKind.ORDER_PLACED, accountId, merchantId, orderNumber, currency, totalMinor, lines, at,
                orderNumber);
    }

    public static BehaviourEvent orderPaid(UUID accountId, UUID merchantId, String orderNumber, String currency,
            long totalMinor, List<EventLine> lines, Instant at) {
        return order(EventKind.ORDER_PAID, accountId, merchantId, orderNumber, currency, totalMinor, lines, at,
                orderNumber);
    }

    public static BehaviourEvent orderCancelled(UUID accountId, UUID merchantId, String orderNumber, String currency,
            long totalMinor, List<EventLine> lines, Instant at) {
        return order(EventKind.ORDER_CANCELLED, accountId, merchantId, orderNumber, currency, totalMinor, lines, at,
                orderNumber);
    }

    /** @param refundId the refund's own id: each refund of an order is one event */
    public static BehaviourEvent orderRefunded(UUID refundId, UUID accountId, UUID merchantId, String orderNumber,
            String currency, long refundedMinor, List<EventLine> lines, Instant at) {
        return order(EventKind.ORDER_REFUNDED, accountId, merchantId, orderNumber, currency, refundedMinor, lines, at,
                refundId.toString());
    }

    public static BehaviourEvent reviewWritten(UUID reviewId, UUID accountId, UUID merchantId, UUID productId, UUID skuId,
            int stars, Instant at) {
        return new BehaviourEvent(derived("REVIEW_WRITTEN#" + reviewId), EventKind.REVIEW_WRITTEN, at, merchantId,
                productId, skuId, null, accountId, null, stars, 0, null, List.of(), null, null, null, null, Map.of());
    }

    public static BehaviourEvent favourite(Visitor who, UUID merchantId, UUID productId, Instant at) {
        return request(EventKind.FAVOURITE, who, merchantId, productId, null, 0, 0, null, null, null, null, null,
                Map.of(), at);
    }

    private static BehaviourEvent request(EventKind kind, Visitor who, UUID merchantId, UUID productId, UUID skuId,
            int quantity, long amountMinor, String currency, ViewSource source, String query, Integer resultCount,
            Integer position, Map<String, String> details, Instant at) {
        return new BehaviourEvent(UUID.randomUUID(), kind, at, merchantId, productId, skuId, who.visitorId(),
                who.accountId(), null, quantity, amountMinor, currency, List.of(), source, query, resultCount, position,
                details);
    }

    private static BehaviourEvent order(EventKind kind, UUID accountId, UUID merchantId, String orderNumber,
            String currency, long amountMinor, List<EventLine> lines, Instant at, String key) {
        return new BehaviourEvent(derived(kind + "#" + key), kind, at, merchantId, null, null, null, accountId,
                orderNumber, units(lines), amountMinor, currency, lines, null, null, null, null, Map.of());
    }

    private static UUID derived(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }

    private static int units(List<EventLine> lines) {
        return lines.stream().mapToInt(EventLine::quantity).sum();
    }

    private static String cut(String query) {
        if (query == null) {
            return null;
        }
        String text = query.strip();
        return text.length() <= MAX_QUERY ? text : text.substring(0, MAX_QUERY);
    }
}
