package io.bazaar.orders.address.service;

import java.time.Instant;
import java.util.UUID;

import io.bazaar.orders.address.rest.AddressInput;

/** A customer's saved shipping address. */
public record Address(UUID id, UUID accountId, AddressInput fields, Instant createdAt, Instant updatedAt) {
}
