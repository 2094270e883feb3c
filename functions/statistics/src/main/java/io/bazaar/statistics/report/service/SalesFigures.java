package io.bazaar.statistics.report.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Sales of some days in one currency: paid orders on the day they were paid (revenue is what their buyers paid,
 * shipping included), refunds on the day they were made. Money in minor units.
 */
@Schema(name = "SalesFigures")
public record SalesFigures(long revenueMinor, long orders, long units,
        @Schema(description = "revenueMinor / orders, rounded; 0 without orders") long averageOrderValueMinor,
        long refunds, long refundedMinor) {

    static final SalesFigures NONE = new SalesFigures(0, 0, 0, 0, 0, 0);

    static SalesFigures of(long revenueMinor, long orders, long units, long refunds, long refundedMinor) {
        long average = orders == 0 ? 0 : Math.floorDiv(revenueMinor + orders / 2, orders);
        return new SalesFigures(revenueMinor, orders, units, average, refunds, refundedMinor);
    }

    SalesFigures plus(SalesFigures other) {
        return of(revenueMinor + other.revenueMinor, orders + other.orders, units + other.units, refunds + other.refunds,
                refundedMinor + other.refundedMinor);
    }
}
