package io.bazaar.catalog.shop.rest;

import java.time.Clock;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.catalog.shop.ProductDetail;
import io.bazaar.catalog.shop.SearchResult;
import io.bazaar.catalog.shop.service.CatalogSearch;
import io.bazaar.catalog.shop.service.ProductPages;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.statistics.contract.BehaviourEvent;
import io.bazaar.statistics.contract.BehaviourEvents;
import io.bazaar.statistics.contract.ViewSource;
import io.bazaar.statistics.contract.Visitors;
import io.smallrye.mutiny.Uni;

/** /api/catalog/products: what shoppers (signed in or not) see of approved, listed products. */
@Path("/api/catalog/products")
@Tag(name = "Catalog")
@PermitAll
public class CatalogProductResource {

    private final CatalogSearch search;
    private final ProductPages pages;
    private final BehaviourEvents events;
    private final Visitors visitors;
    private final Clock clock;

    CatalogProductResource(CatalogSearch search, ProductPages pages, BehaviourEvents events, Visitors visitors, Clock clock) {
        this.search = search;
        this.pages = pages;
        this.events = events;
        this.visitors = visitors;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "Search products: text (q), filters (shop, category, tag, brand, priceMin, priceMax, inStock, attr=name:value, "
            + "currency), sort (relevance, newest, sales, popularity, price_asc, price_desc), page and size; with facets")
    public Uni<SearchResult> search(@BeanParam SearchParams params, @Valid @BeanParam PageRequest page,
            @Context HttpHeaders headers) {
        return search.search(params.toQuery(page)).call(found -> params.text() == null ? Uni.createFrom().voidItem()
                : visitors.of(headers).chain(visitor -> events.record(BehaviourEvent.search(visitor, params.text(),
                        params.filters(), found.total(), clock.instant()))));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A product page: content, SKUs, images, category path; counts a view")
    public Uni<ProductDetail> product(@PathParam("id") UUID id,
            @Parameter(description = "Where the shopper came from: search, category, recommendation, direct (default), shared-link")
            @QueryParam("source") String source,
            @Parameter(description = "source=search: the search text and the result's position (from 1) that was opened")
            @QueryParam("q") String query, @QueryParam("position") String position, @Context HttpHeaders headers) {
        return pages.page(id).call(page -> visitors.of(headers).chain(visitor -> {
            ViewSource from = ViewSource.of(source);
            BehaviourEvent view = BehaviourEvent.productView(visitor, page.merchantId(), id, from, clock.instant());
            int place = position(position);
            return from == ViewSource.SEARCH && place > 0
                    ? events.record(java.util.List.of(view, BehaviourEvent.searchClick(visitor, query, page.merchantId(), id,
                            place, clock.instant())))
                    : events.record(view);
        }));
    }

    /** The opened result's position, or 0 for none: a hint for the statistics that never fails the page. */
    private static int position(String value) {
        try {
            return value == null ? 0 : Math.max(0, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
