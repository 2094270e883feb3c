package io.bazaar.catalog.shop.rest;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.catalog.shop.ShopPage;
import io.bazaar.catalog.shop.service.ShopPages;
import io.smallrye.mutiny.Uni;

/** /api/catalog/shops: a shop's public page, for anyone; its products are GET /api/catalog/products?shop={merchantId}. */
@Path("/api/catalog/shops")
@Tag(name = "Catalog")
@PermitAll
public class CatalogShopResource {

    private final ShopPages shops;

    CatalogShopResource(ShopPages shops) {
        this.shops = shops;
    }

    @GET
    @Path("/{merchantId}")
    @Operation(summary = "A shop's page: name, logo, description, service hours, how many products are for sale, rating from reviews")
    public Uni<ShopPage> shop(@PathParam("merchantId") UUID merchantId) {
        return shops.page(merchantId);
    }
}
