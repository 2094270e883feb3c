package io.bazaar.reviews.review.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import io.bazaar.platform.paging.Page;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.platform.security.CurrentAccount;
import io.bazaar.platform.security.Roles;
import io.bazaar.reviews.image.ReviewImageService;
import io.bazaar.reviews.image.ReviewImageView;
import io.bazaar.reviews.review.service.ReviewQueries;
import io.bazaar.reviews.review.service.ReviewService;
import io.smallrye.mutiny.Uni;

/** /api/me/reviews: the signed-in shopper's reviews, what they may still review, and their review photos. */
@Path("/api/me/reviews")
@Tag(name = "My reviews")
@RolesAllowed(Roles.CUSTOMER)
public class ShopperReviewResource {

    private final ReviewService reviews;
    private final ReviewQueries queries;
    private final ReviewImageService photos;
    private final CurrentAccount current;

    ShopperReviewResource(ReviewService reviews, ReviewQueries queries, ReviewImageService photos, CurrentAccount current) {
        this.reviews = reviews;
        this.queries = queries;
        this.photos = photos;
        this.current = current;
    }

    @GET
    @Operation(summary = "The reviews I wrote, newest first, in every state")
    public Uni<Page<ManagedReviewView>> list(@Valid @BeanParam PageRequest page) {
        return queries.mine(current.id(), page).map(found -> found.map(d -> ManagedReviewView.of(d, photos::view)));
    }

    @GET
    @Path("/pending")
    @Operation(summary = "To review: lines of my delivered or completed orders without a review yet")
    public Uni<Page<ToReviewView>> toReview(@Valid @BeanParam PageRequest page) {
        return queries.toReview(current.id(), page).map(found -> found.map(ToReviewView::of));
    }

    @POST
    @Operation(summary = "Review a line of a delivered or completed order (once per line); published at once or held by the moderation rules")
    @APIResponse(responseCode = "201", description = "The review, PUBLISHED or PENDING",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ManagedReviewView.class)))
    @APIResponse(responseCode = "409", description = "The line has a review already")
    @APIResponse(responseCode = "422", description = "Not your order line, or its order is not delivered yet")
    @APIResponse(responseCode = "429", description = "Too many review writes this hour")
    public Uni<Response> create(@Valid @NotNull(message = "a JSON body is required") ReviewInput input) {
        return reviews.create(current.id(), input)
                .map(d -> Response.status(201).entity(ManagedReviewView.of(d, photos::view)).build());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of my reviews")
    public Uni<ManagedReviewView> get(@PathParam("id") UUID id) {
        return queries.mine(current.id(), id).map(d -> ManagedReviewView.of(d, photos::view));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Edit my review; it goes through the moderation rules again")
    @APIResponse(responseCode = "200", description = "The edited review",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ManagedReviewView.class)))
    @APIResponse(responseCode = "429", description = "Too many review writes this hour")
    public Uni<ManagedReviewView> edit(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") ReviewContent content) {
        return reviews.edit(current.id(), id, content).map(d -> ManagedReviewView.of(d, photos::view));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete my review with its photos")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "429", description = "Too many review writes this hour")
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return reviews.delete(current.id(), id).map(done -> Response.noContent().build());
    }

    @POST
    @Path("/images/uploads")
    @Operation(summary = "Get a presigned URL to PUT one review photo to, with the given type and exact size")
    @APIResponse(responseCode = "201", description = "Where to upload the photo",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UploadTicket.class)))
    @APIResponse(responseCode = "409", description = "Too many photos wait to be put into a review")
    @APIResponse(responseCode = "429", description = "Too many review writes this hour")
    public Uni<Response> startUpload(@Valid @NotNull(message = "a JSON body is required") UploadRequest request) {
        return photos.start(current.id(), request).map(ticket -> Response.status(201).entity(ticket).build());
    }

    @POST
    @Path("/images/{imageId}/confirm")
    @Operation(summary = "Check the uploaded photo; then name it in a review's imageIds")
    @APIResponse(responseCode = "200", description = "The checked photo",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewImageView.class)))
    @APIResponse(responseCode = "422", description = "Nothing was uploaded, or the upload is not the announced image")
    public Uni<ReviewImageView> confirm(@PathParam("imageId") UUID imageId) {
        return photos.confirm(current.id(), imageId);
    }
}
