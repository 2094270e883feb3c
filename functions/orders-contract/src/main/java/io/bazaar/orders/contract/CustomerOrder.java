package io.bazaar.orders.contract;

import java.time.Instant;
import java.util.UUID;

/**
 * An order as another area may name it for its customer (e.g. a message to the shop about it): who bought, from which
 * merchant, where it stands now.
 */
public record CustomerOrder(String number, UUID accountId, UUID merchantId, String status, Instant placedAt) {
}
