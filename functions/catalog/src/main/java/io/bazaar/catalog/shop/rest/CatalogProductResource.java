package io.bazaar.catalog.shop.rest;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.catalog.shop.ProductDetail;
import io.bazaar.catalog.shop.SearchResult;
import io.bazaar.catalog.shop.service.CatalogSearch;
import io.bazaar.catalog.shop.service.ProductPages;
import io.bazaar.platform.paging.PageRequest;
import io.smallrye.mutiny.Uni;

/** /api/catalog/products: what shoppers (signed in or not) see of approved, listed products. */
@Path("/api/catalog/products")
@Tag(name = "Catalog")
@PermitAll
public class CatalogProductResource {

    private final CatalogSearch search;
    private final ProductPages pages;

    CatalogProductResource(CatalogSearch search, ProductPages pages) {
        this.search = search;
        this.pages = pages;
    }

    @GET
    @Operation(summary = "Search products: text (q), filters (shop, category, tag, brand, priceMin, priceMax, inStock, attr=name:value, "
            + "currency), sort (relevance, newest, sales, popularity, price_asc, price_desc), page and size; with facets")
    public Uni<SearchResult> search(@BeanParam SearchParams params, @Valid @BeanParam PageRequest page) {
        return search.search(params.toQuery(page));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A product page: content, SKUs, images, category path; counts a view")
    public Uni<ProductDetail> product(@PathParam("id") UUID id) {
        return pages.page(id);
    }
}
