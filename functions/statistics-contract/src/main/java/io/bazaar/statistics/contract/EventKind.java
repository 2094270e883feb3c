package io.bazaar.statistics.contract;

/** What a shopper did: the kinds of behaviour events the statistics area counts. */
public enum EventKind {
    /** A product page was seen (with its {@link ViewSource}). */
    PRODUCT_VIEW,
    /** A search was run: its text, filters and number of results. */
    SEARCH,
    /** A search result was opened: the query and the result's position. */
    SEARCH_CLICK,
    /** Units of a SKU went into a cart. */
    CART_ADD,
    /** A line left a cart. */
    CART_REMOVE,
    /** The checkout page priced a cart: one event per shop in it. */
    CHECKOUT_STARTED,
    /** An order was placed (one per shop of a checkout). */
    ORDER_PLACED,
    /** An order's payment came in. */
    ORDER_PAID,
    /** An order was cancelled. */
    ORDER_CANCELLED,
    /** Money of an order was given back (one event per refund). */
    ORDER_REFUNDED,
    /** A buyer wrote a review of a product. */
    REVIEW_WRITTEN,
    /** A shopper added a product to their favourites. */
    FAVOURITE;

    /** Whether the event is written in the transaction of what it records (orders, reviews), not queued. */
    public boolean transactional() {
        return switch (this) {
            case ORDER_PLACED, ORDER_PAID, ORDER_CANCELLED, ORDER_REFUNDED, REVIEW_WRITTEN -> true;
            default -> false;
        };
    }
}
