package io.bazaar.catalog.merchant;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.catalog.product.ProductStatus;
import io.bazaar.platform.paging.Page;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;
import io.bazaar.platform.security.Roles;
import io.bazaar.platform.security.StaffAccess;
import io.smallrye.mutiny.Uni;

/** /api/merchant/products: a merchant's staff (with the products permission) publish their merchant's products. */
@Path("/api/merchant/products")
@Tag(name = "Merchant products")
@RolesAllowed(Roles.MERCHANT_STAFF)
public class MerchantProductResource {

    private final ProductPublishing publishing;
    private final StaffAccess staff;

    MerchantProductResource(ProductPublishing publishing, StaffAccess staff) {
        this.publishing = publishing;
        this.staff = staff;
    }

    @POST
    @Operation(summary = "Create a product as a draft; every SKU price is positive, or 0 when the product is marked free")
    @APIResponse(responseCode = "201",
            description = "The new draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MerchantProductView.class)))
    public Uni<Response> create(@Valid @NotNull(message = "a JSON body is required") ProductDraft draft) {
        return publishing.create(merchant(), draft).map(view -> Response.status(201).entity(view)
                .header("Location", "/api/merchant/products/" + view.id()).build());
    }

    @GET
    @Operation(summary = "The merchant's products, newest change first, optionally by status")
    public Uni<Page<MerchantProductView>> page(@QueryParam("status") String status, @Valid @BeanParam PageRequest page) {
        return publishing.page(merchant(), status(status), page);
    }

    @GET
    @Path("/{id}")
    public Uni<MerchantProductView> get(@PathParam("id") UUID id) {
        return publishing.get(merchant(), id);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace the product's content and SKUs; an approved product goes back to review if its content "
            + "or its free flag changed")
    public Uni<MerchantProductView> update(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") ProductDraft draft) {
        return publishing.update(merchant(), id, draft);
    }

    @PATCH
    @Path("/{id}/skus/{skuId}")
    @Operation(summary = "Change a SKU's price or stock (no review needed); a price is positive, or 0 for a free product")
    public Uni<MerchantProductView> changeSku(@PathParam("id") UUID id, @PathParam("skuId") UUID skuId,
            @Valid @NotNull(message = "a JSON body is required") SkuChange change) {
        return publishing.changeSku(merchant(), id, skuId, change);
    }

    @POST
    @Path("/{id}/submit")
    @Operation(summary = "Submit a draft or rejected product for review")
    @APIResponse(responseCode = "200", description = "The product, waiting for review")
    @APIResponse(responseCode = "409", description = "Only drafts and rejected products can be submitted")
    public Uni<MerchantProductView> submit(@PathParam("id") UUID id) {
        return publishing.submit(merchant(), id);
    }

    @POST
    @Path("/{id}/list")
    @Operation(summary = "Put an approved product on sale; 422 if a SKU's price breaks the price rule")
    @APIResponse(responseCode = "200", description = "The product, on sale")
    @APIResponse(responseCode = "409", description = "Only approved products can be listed")
    @APIResponse(responseCode = "422", description = "A SKU's price breaks the price rule")
    public Uni<MerchantProductView> list(@PathParam("id") UUID id) {
        return publishing.list(merchant(), id);
    }

    @POST
    @Path("/{id}/delist")
    @Operation(summary = "Take a product off sale")
    public Uni<MerchantProductView> delist(@PathParam("id") UUID id) {
        return publishing.delist(merchant(), id);
    }

    @DELETE
    @Path("/{id}")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return publishing.delete(merchant(), id).map(done -> Response.noContent().build());
    }

    private UUID merchant() {
        return staff.merchantWith(StaffAccess.PRODUCTS);
    }

    static ProductStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ProductStatus.valueOf(text.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(new FieldError("status", "must be one of draft, pending_review, approved, rejected"));
        }
    }
}
