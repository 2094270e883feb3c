package io.bazaar.catalog.shop.service;

/**
 * Price facet edges computed from the result set rather than fixed: fixed edges suit one currency and one kind of
 * goods, while Bazaar sells socks and phones in currencies with 0 to 3 minor digits. The range between the lowest
 * and highest starting price is cut into at most {@link #MAX_BUCKETS} equal steps of a "round" size (1, 2 or 5
 * times a power of ten minor units), starting at a multiple of the step, so edges read like 1000-2000, not
 * 1013-2377. Without a currency filter the minor units of different currencies are mixed, so clients should
 * filter by currency before showing prices.
 */
public record PriceBuckets(long start, long step) {

    public static final int MAX_BUCKETS = 5;

    public static PriceBuckets covering(long minMinor, long maxMinor) {
        long step = 1;
        while (true) {
            for (long factor : new long[] {1, 2, 5}) {
                long candidate = step * factor;
                long start = Math.floorDiv(minMinor, candidate) * candidate;
                if ((maxMinor - start) / candidate < MAX_BUCKETS) {
                    return new PriceBuckets(start, candidate);
                }
            }
            step = Math.multiplyExact(step, 10);
        }
    }
}
