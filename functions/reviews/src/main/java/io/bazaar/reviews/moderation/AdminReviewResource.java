package io.bazaar.reviews.moderation;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.platform.paging.Page;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;
import io.bazaar.platform.security.CurrentAccount;
import io.bazaar.platform.security.Roles;
import io.bazaar.reviews.image.ReviewImageService;
import io.bazaar.reviews.review.rest.ManagedReviewView;
import io.smallrye.mutiny.Uni;

/** /api/admin/reviews: platform admins approve or reject held and reported reviews. */
@Path("/api/admin/reviews")
@Tag(name = "Review moderation")
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class AdminReviewResource {

    private final ReviewModeration moderation;
    private final ReviewImageService photos;
    private final CurrentAccount current;

    AdminReviewResource(ReviewModeration moderation, ReviewImageService photos, CurrentAccount current) {
        this.moderation = moderation;
        this.photos = photos;
        this.current = current;
    }

    @GET
    @Operation(summary = "Reviews waiting for a decision: queue=held (default; held by the rules) or queue=reported (by merchants)")
    public Uni<Page<ManagedReviewView>> queue(@QueryParam("queue") String queue, @Valid @BeanParam PageRequest page) {
        boolean reported = "reported".equals(queue);
        if (!reported && queue != null && !queue.isBlank() && !"held".equals(queue)) {
            throw ProblemException.invalid(new FieldError("queue", "must be held or reported"));
        }
        return moderation.queue(reported, page).map(found -> found.map(d -> ManagedReviewView.of(d, photos::view)));
    }

    @POST
    @Path("/{id}/approve")
    @Operation(summary = "Publish a held review, or dismiss the report of a published one")
    @APIResponse(responseCode = "200", description = "The review after the decision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ManagedReviewView.class)))
    @APIResponse(responseCode = "409", description = "The review is neither held nor reported")
    public Uni<ManagedReviewView> approve(@PathParam("id") UUID id, @Valid ModerationInput input) {
        return moderation.approve(current.id(), id, input == null ? null : input.note())
                .map(d -> ManagedReviewView.of(d, photos::view));
    }

    @POST
    @Path("/{id}/reject")
    @Operation(summary = "Reject a held or reported review: hidden and no longer counted")
    @APIResponse(responseCode = "200", description = "The review after the decision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ManagedReviewView.class)))
    @APIResponse(responseCode = "409", description = "The review is neither held nor reported")
    public Uni<ManagedReviewView> reject(@PathParam("id") UUID id, @Valid ModerationInput input) {
        return moderation.reject(current.id(), id, input == null ? null : input.note())
                .map(d -> ManagedReviewView.of(d, photos::view));
    }
}
