package io.bazaar.orders.order.service;

/** The orders a merchant can list orders in; every order ends with the order number, so pages have a stable key. */
public enum OrderSort {
    /** Placed most recently first (the default). */
    NEWEST,
    /** Placed longest ago first. */
    OLDEST,
    /** Highest total first (minor units; a merchant selling in two currencies sees them interleaved). */
    TOTAL_HIGH,
    /** Lowest total first. */
    TOTAL_LOW
}
