package io.bazaar.statistics.contract;

import java.util.UUID;

/**
 * One product line of an order event: what the per-product figures count.
 *
 * @param amountMinor the line's money in the event's currency (paid price times units; for a refund the part given back)
 */
public record EventLine(UUID productId, UUID skuId, int quantity, long amountMinor) {
}
