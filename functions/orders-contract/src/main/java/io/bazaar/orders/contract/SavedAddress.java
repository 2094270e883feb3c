package io.bazaar.orders.contract;

import java.time.Instant;
import java.util.UUID;

/** An address in a customer's address book, as the orders area keeps it. */
public record SavedAddress(UUID id, String name, String phone, String country, String region, String city,
        String postalCode, String line1, String line2, Instant createdAt) {
}
