package io.bazaar.orders.returns.service;

import java.time.Instant;

/** One row of a return's history: who moved it from what to what, when, and why. */
public record ReturnChange(ReturnStatus from, ReturnStatus to, Instant at, String by, String note) {
}
