package io.bazaar.catalog.shop;

/** How many products of a result set start at a price in [fromMinor, toMinor). */
public record PriceBucket(long fromMinor, long toMinor, long count) {
}
