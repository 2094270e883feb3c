package io.bazaar.statistics.report.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The funnel views -> add to cart -> checkout -> paid, as counts of those events, and each step's rate against the
 * one before it (4 decimals; null when the step before is 0).
 */
@Schema(name = "FunnelFigures")
public record FunnelFigures(long views, long cartAdds, long checkouts, long paidOrders,
        @Schema(nullable = true, description = "cartAdds / views") Double cartRate,
        @Schema(nullable = true, description = "checkouts / cartAdds") Double checkoutRate,
        @Schema(nullable = true, description = "paidOrders / checkouts") Double paidRate,
        @Schema(nullable = true, description = "paidOrders / views") Double conversionRate) {

    static FunnelFigures of(long views, long cartAdds, long checkouts, long paidOrders) {
        return new FunnelFigures(views, cartAdds, checkouts, paidOrders, rate(cartAdds, views), rate(checkouts, cartAdds),
                rate(paidOrders, checkouts), rate(paidOrders, views));
    }

    private static Double rate(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10000.0 / whole) / 10000.0;
    }
}
