package io.bazaar.importer.crawl;

/**
 * How far discovery goes.
 *
 * @param maxProducts     product pages returned at most
 * @param maxListingPages pages that are not products (listings, their pagination) fetched at most while walking a shop
 */
public record DiscoveryLimits(int maxProducts, int maxListingPages) {
}
