package io.bazaar.catalog.imports.refresh;

import java.time.Instant;

/** A SKU's price as the source shop showed it from {@code at} on (until the next point). */
public record PricePoint(Instant at, long priceMinor, String currency, boolean available) {
}
