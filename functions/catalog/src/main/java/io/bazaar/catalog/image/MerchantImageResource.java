package io.bazaar.catalog.image;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.platform.image.UploadRequest;
import io.bazaar.platform.image.UploadTicket;
import io.bazaar.platform.security.Roles;
import io.bazaar.platform.security.StaffAccess;
import io.smallrye.mutiny.Uni;

/** /api/merchant/products/{id}/images: a merchant's staff (products permission) upload, order and remove pictures. */
@Path("/api/merchant/products/{id}/images")
@Tag(name = "Merchant product images")
@RolesAllowed(Roles.MERCHANT_STAFF)
public class MerchantImageResource {

    private final ImageUploads uploads;
    private final ProductImages images;
    private final StaffAccess staff;

    MerchantImageResource(ImageUploads uploads, ProductImages images, StaffAccess staff) {
        this.uploads = uploads;
        this.images = images;
        this.staff = staff;
    }

    @POST
    @Path("/uploads")
    @Operation(summary = "Get a presigned URL to PUT one image to, with the given type and exact size")
    @APIResponse(responseCode = "201",
            description = "Where to upload the image",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = UploadTicket.class)))
    @APIResponse(responseCode = "409", description = "The product has as many images as it may have")
    public Uni<Response> startUpload(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") UploadRequest request) {
        return uploads.start(merchant(), id, request).map(ticket -> Response.status(201).entity(ticket).build());
    }

    @POST
    @Path("/{imageId}/confirm")
    @Operation(summary = "Check the uploaded object and attach it as the product's last image")
    @APIResponse(responseCode = "200", description = "The attached image")
    @APIResponse(responseCode = "409", description = "The product has as many images as it may have")
    @APIResponse(responseCode = "422", description = "Nothing was uploaded, or the upload is not the announced image")
    public Uni<ImageView> confirm(@PathParam("id") UUID id, @PathParam("imageId") UUID imageId) {
        return uploads.confirm(merchant(), id, imageId);
    }

    @GET
    @Operation(summary = "The product's attached images, main image first")
    public Uni<List<ImageView>> list(@PathParam("id") UUID id) {
        return images.list(merchant(), id);
    }

    @PUT
    @Path("/order")
    @Operation(summary = "Reorder the attached images; the list must name each of them once")
    public Uni<List<ImageView>> reorder(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") ImageOrder order) {
        return images.reorder(merchant(), id, order);
    }

    @DELETE
    @Path("/{imageId}")
    @Operation(summary = "Remove an image; SKUs showing it show none")
    @APIResponse(responseCode = "204", description = "Removed")
    public Uni<Response> delete(@PathParam("id") UUID id, @PathParam("imageId") UUID imageId) {
        return images.delete(merchant(), id, imageId).map(done -> Response.noContent().build());
    }

    private UUID merchant() {
        return staff.merchantWith(StaffAccess.PRODUCTS);
    }
}
