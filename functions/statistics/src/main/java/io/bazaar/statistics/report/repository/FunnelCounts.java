package io.bazaar.statistics.report.repository;

import java.util.UUID;

/** The funnel's four counts over a range, for a shop or (with {@code productId}) one product. */
public record FunnelCounts(UUID productId, long views, long cartAdds, long checkouts, long paidOrders) {
}
