package io.bazaar.orders.checkout.service;

/** The checkout's answer as JSON, and whether it is a replay of an earlier request with the same key. */
public record CheckoutOutcome(String json, boolean replayed) {
}
