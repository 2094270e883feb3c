package io.bazaar.reviews.review.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.platform.paging.Page;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.platform.security.CurrentAccount;
import io.bazaar.platform.security.Roles;
import io.bazaar.reviews.image.ReviewImageService;
import io.bazaar.reviews.review.service.ReviewQueries;
import io.bazaar.reviews.review.service.ReviewService;
import io.smallrye.mutiny.Uni;

/** /api/reviews: a product's published reviews for anyone, and "helpful" votes of signed-in shoppers. */
@Path("/api/reviews")
@Tag(name = "Reviews")
public class ProductReviewResource {

    private final ReviewQueries queries;
    private final ReviewService reviews;
    private final ReviewImageService photos;
    private final CurrentAccount current;

    ProductReviewResource(ReviewQueries queries, ReviewService reviews, ReviewImageService photos, CurrentAccount current) {
        this.queries = queries;
        this.reviews = reviews;
        this.photos = photos;
        this.current = current;
    }

    @GET
    @Path("/products/{productId}")
    @Operation(summary = "A product's published reviews: newest or most helpful first, optionally of one star count or with photos only")
    public Uni<Page<ReviewView>> ofProduct(@PathParam("productId") UUID productId, @BeanParam ReviewListParams params,
            @Valid @BeanParam PageRequest page) {
        return queries.ofProduct(productId, params.toFilter(), page).map(found -> found.map(d -> ReviewView.of(d, photos::view)));
    }

    @POST
    @Path("/{id}/helpful")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Mark someone else's review helpful (once per shopper)")
    @APIResponse(responseCode = "200", description = "The review's helpful count now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HelpfulView.class)))
    @APIResponse(responseCode = "409", description = "You marked it helpful already")
    @APIResponse(responseCode = "422", description = "It is your own review")
    @APIResponse(responseCode = "429", description = "Too many votes this hour")
    public Uni<HelpfulView> helpful(@PathParam("id") UUID id) {
        return reviews.markHelpful(current.id(), id).map(HelpfulView::new);
    }
}
