package io.bazaar.cart.rest;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.cart.service.CartService;
import io.bazaar.cart.service.CartView;
import io.bazaar.cart.service.LineChange;
import io.bazaar.platform.openapi.ApiDocument;
import io.bazaar.statistics.contract.Visitor;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/** /api/cart: the shopping cart of the signed-in customer, or of a guest known by a cart id. */
@Path("/api/cart")
@Tag(name = "Cart")
@SecurityRequirementsSet
@SecurityRequirement(name = ApiDocument.BEARER)
public class CartResource {

    private static final String UUID_FORMAT = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    private static final String NOT_A_SKU_ID = "must be a SKU id (UUID)";
    private static final String BODY_REQUIRED = "a JSON body is required";

    private final CartService carts;
    private final CartCallers callers;
    private final CartResponses responses;

    CartResource(CartService carts, CartCallers callers, CartResponses responses) {
        this.carts = carts;
        this.callers = callers;
        this.responses = responses;
    }

    @GET
    @Operation(summary = "The cart with current prices, availability and totals of the selected lines")
    @APIResponse(responseCode = "200",
            description = "The cart",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CartView.class)))
    public Uni<Response> view(@Context HttpHeaders headers, @Context HttpServerRequest http) {
        return callers.owner(headers).chain(carts::view).map(cart -> responses.of(cart, http));
    }

    @POST
    @Path("/lines")
    @Operation(summary = "Add units of a SKU; adding a SKU already in the cart raises its quantity")
    @APIResponse(responseCode = "200",
            description = "The cart",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CartView.class)))
    @APIResponse(responseCode = "404", description = "There is no such SKU")
    @APIResponse(responseCode = "409",
            description = "Not enough stock, the line or the cart is full, or the cart is being changed by "
                    + "another request")
    @APIResponse(responseCode = "422", description = "The product is not on sale")
    public Uni<Response> add(@Valid @NotNull(message = BODY_REQUIRED) AddLineRequest request, @Context HttpHeaders headers,
            @Context HttpServerRequest http) {
        return callers.owner(headers).chain(owner -> carts.add(owner, Visitor.of(headers, owner.accountId()),
                        request.skuId(), request.quantity()))
                .map(cart -> responses.of(cart, http));
    }

    @PATCH
    @Path("/lines/{skuId}")
    @Operation(summary = "Change a line's quantity or selection")
    @APIResponse(responseCode = "200",
            description = "The cart",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CartView.class)))
    @APIResponse(responseCode = "404", description = "The cart has no line for this SKU")
    @APIResponse(responseCode = "409",
            description = "Not enough stock, the line is full, or the cart is being changed by another request")
    public Uni<Response> change(@PathParam("skuId") @Pattern(regexp = UUID_FORMAT, message = NOT_A_SKU_ID) String skuId,
            @Valid @NotNull(message = BODY_REQUIRED) LineChangeRequest request, @Context HttpHeaders headers,
            @Context HttpServerRequest http) {
        LineChange change = new LineChange(request.quantity(), request.selected());
        return callers.owner(headers).chain(owner -> carts.change(owner, UUID.fromString(skuId), change))
                .map(cart -> responses.of(cart, http));
    }

    @DELETE
    @Path("/lines/{skuId}")
    @Operation(summary = "Remove a line")
    @APIResponse(responseCode = "200",
            description = "The cart",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CartView.class)))
    @APIResponse(responseCode = "400", description = "skuId is not a UUID")
    @APIResponse(responseCode = "404", description = "The cart has no line for this SKU")
    @APIResponse(responseCode = "409", description = "The cart is being changed by another request; try again")
    public Uni<Response> remove(@PathParam("skuId") @Pattern(regexp = UUID_FORMAT, message = NOT_A_SKU_ID) String skuId,
            @Context HttpHeaders headers, @Context HttpServerRequest http) {
        return callers.owner(headers).chain(owner -> carts.remove(owner, Visitor.of(headers, owner.accountId()),
                        UUID.fromString(skuId)))
                .map(cart -> responses.of(cart, http));
    }

    @POST
    @Path("/selection")
    @Operation(summary = "Select or deselect every line")
    @APIResponse(responseCode = "200",
            description = "The cart",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CartView.class)))
    @APIResponse(responseCode = "409", description = "The cart is being changed by another request; try again")
    public Uni<Response> select(@Valid @NotNull(message = BODY_REQUIRED) SelectionRequest request,
            @Context HttpHeaders headers, @Context HttpServerRequest http) {
        return callers.owner(headers).chain(owner -> carts.selectAll(owner, request.selected()))
                .map(cart -> responses.of(cart, http));
    }

    @DELETE
    @Operation(summary = "Empty the cart")
    @APIResponse(responseCode = "204", description = "Emptied")
    @APIResponse(responseCode = "409", description = "The cart is being changed by another request; try again")
    public Uni<Response> clear(@Context HttpHeaders headers) {
        return callers.owner(headers).chain(carts::clear).map(done -> responses.cleared());
    }

    @POST
    @Path("/merge")
    @Operation(summary = "At sign-in: move the guest cart (cookie or X-Cart-Id) into the customer's cart")
    @SecurityRequirement(name = ApiDocument.BEARER)
    @APIResponse(responseCode = "200",
            description = "The cart",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CartView.class)))
    @APIResponse(responseCode = "409",
            description = "The cart would be too full, or is being changed by another request")
    public Uni<Response> merge(@Context HttpHeaders headers, @Context HttpServerRequest http) {
        return callers.customer().chain(owner -> carts.merge(owner, callers.guestId(headers)))
                .map(cart -> responses.merged(cart, http));
    }
}
