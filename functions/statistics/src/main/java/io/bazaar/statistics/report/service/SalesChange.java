package io.bazaar.statistics.report.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Period over period: each figure's change against the previous range, in percent (null when that was 0). */
@Schema(name = "SalesChange")
public record SalesChange(@Schema(nullable = true) Double revenue, @Schema(nullable = true) Double orders,
        @Schema(nullable = true) Double units, @Schema(nullable = true) Double averageOrderValue,
        @Schema(nullable = true) Double refunded) {

    static SalesChange between(SalesFigures now, SalesFigures before) {
        return new SalesChange(percent(now.revenueMinor(), before.revenueMinor()), percent(now.orders(), before.orders()),
                percent(now.units(), before.units()),
                percent(now.averageOrderValueMinor(), before.averageOrderValueMinor()),
                percent(now.refundedMinor(), before.refundedMinor()));
    }

    /** One decimal, e.g. 12.5 for +12.5 %. */
    private static Double percent(long now, long before) {
        if (before == 0) {
            return null;
        }
        return Math.round((now - before) * 1000.0 / before) / 10.0;
    }
}
