package io.bazaar.members.favourite.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import io.bazaar.members.favourite.service.FavouriteService;
import io.bazaar.platform.paging.Page;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.platform.security.CurrentAccount;
import io.bazaar.platform.security.Roles;
import io.smallrye.mutiny.Uni;

/** /api/me/favourites: the signed-in shopper's favourite products and shops. */
@Path("/api/me/favourites")
@Tag(name = "Favourites")
@RolesAllowed(Roles.CUSTOMER)
public class FavouriteResource {

    private final FavouriteService favourites;
    private final CurrentAccount current;

    FavouriteResource(FavouriteService favourites, CurrentAccount current) {
        this.favourites = favourites;
        this.current = current;
    }

    @GET
    @Path("/products")
    @Operation(summary = "Favourite products, newest first, with today's lowest price and availability")
    public Uni<Page<FavouriteProductView>> products(@Valid @BeanParam PageRequest page) {
        return favourites.products(current.id(), page).map(p -> p.map(FavouriteProductView::of));
    }

    @PUT
    @Path("/products/{productId}")
    @Operation(summary = "Add a product to the favourites (again: no change); its lowest price is noted for price-drop notices")
    public Uni<FavouriteProductView> addProduct(@PathParam("productId") UUID productId) {
        return favourites.addProduct(current.id(), productId).map(FavouriteProductView::of);
    }

    @DELETE
    @Path("/products/{productId}")
    @ResponseStatus(204)
    @Operation(summary = "Remove a product from the favourites (not there: no change)")
    public Uni<Void> removeProduct(@PathParam("productId") UUID productId) {
        return favourites.removeProduct(current.id(), productId);
    }

    @GET
    @Path("/shops")
    @Operation(summary = "Favourite shops, newest first, with their number of products for sale and the newest of them")
    public Uni<Page<FavouriteShopView>> shops(@Valid @BeanParam PageRequest page) {
        return favourites.shops(current.id(), page).map(p -> p.map(FavouriteShopView::of));
    }

    @PUT
    @Path("/shops/{merchantId}")
    @Operation(summary = "Add a shop (a merchant with products for sale) to the favourites (again: no change)")
    public Uni<FavouriteShopView> addShop(@PathParam("merchantId") UUID merchantId) {
        return favourites.addShop(current.id(), merchantId).map(FavouriteShopView::of);
    }

    @DELETE
    @Path("/shops/{merchantId}")
    @ResponseStatus(204)
    @Operation(summary = "Remove a shop from the favourites (not there: no change)")
    public Uni<Void> removeShop(@PathParam("merchantId") UUID merchantId) {
        return favourites.removeShop(current.id(), merchantId);
    }

    @GET
    @Path("/counts")
    @Operation(summary = "How many favourite products and shops")
    public Uni<FavouriteCounts> counts() {
        return favourites.counts(current.id()).map(c -> new FavouriteCounts(c[0], c[1]));
    }

    @GET
    @Path("/marks")
    @Operation(summary = "For product tiles and pages: which of these products (productId, repeated, at most 100) and "
            + "their shops are favourites; unknown and hidden products are left out")
    public Uni<List<FavouriteMarkView>> marks(
            @QueryParam("productId") @NotEmpty(message = "name at least one product")
            @Size(max = 100, message = "at most 100 products") List<UUID> productIds) {
        return favourites.marks(current.id(), productIds).map(list -> list.stream().map(FavouriteMarkView::of).toList());
    }
}
