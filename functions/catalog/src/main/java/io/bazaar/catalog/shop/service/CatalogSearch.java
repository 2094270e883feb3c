package io.bazaar.catalog.shop.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.catalog.shop.Facets;
import io.bazaar.catalog.shop.PriceBucket;
import io.bazaar.catalog.shop.ProductQuery;
import io.bazaar.catalog.shop.SearchResult;
import io.bazaar.catalog.shop.repository.ProductSearchRepository;
import io.bazaar.catalog.shop.repository.ProductSearchRepository.Summary;
import io.smallrye.mutiny.Uni;

/**
 * The shopper's product search: one page of matching visible products plus facets over the whole match. The
 * statements are independent, so they run at once on separate pool connections.
 */
@ApplicationScoped
public class CatalogSearch {

    private final ProductSearchRepository products;

    CatalogSearch(ProductSearchRepository products) {
        this.products = products;
    }

    public Uni<SearchResult> search(ProductQuery query) {
        Uni<Totals> totals = products.summary(query)
                .chain(summary -> priceBuckets(query, summary).map(buckets -> new Totals(summary.total(), buckets)));
        return Uni.combine().all().unis(products.page(query), totals, products.brands(query), products.tags(query))
                .with((items, total, brands, tags) -> new SearchResult(items, query.page().page(), query.page().size(),
                        total.count(), new Facets(brands, tags, total.priceBuckets())));
    }

    private Uni<List<PriceBucket>> priceBuckets(ProductQuery query, Summary summary) {
        if (summary.lowestMinor() == null) {
            return Uni.createFrom().item(List.of());
        }
        PriceBuckets buckets = PriceBuckets.covering(summary.lowestMinor(), summary.highestMinor());
        return products.priceBuckets(query, buckets.start(), buckets.step());
    }

    private record Totals(long count, List<PriceBucket> priceBuckets) {
    }
}
