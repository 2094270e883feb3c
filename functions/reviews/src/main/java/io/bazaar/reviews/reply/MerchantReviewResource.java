package io.bazaar.reviews.reply;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import io.bazaar.platform.security.StaffAccess;
import io.bazaar.reviews.image.ReviewImageService;
import io.bazaar.reviews.review.rest.ManagedReviewView;
import io.smallrye.mutiny.Uni;

/**
 * /api/merchant/reviews: a merchant's staff with the {@code messages} permission (they answer customers) read the
 * published reviews of their products, reply and report.
 */
@Path("/api/merchant/reviews")
@Tag(name = "Merchant reviews")
@RolesAllowed(Roles.MERCHANT_STAFF)
public class MerchantReviewResource {

    private final MerchantReviews reviews;
    private final ReviewImageService photos;
    private final StaffAccess staff;
    private final CurrentAccount current;

    MerchantReviewResource(MerchantReviews reviews, ReviewImageService photos, StaffAccess staff, CurrentAccount current) {
        this.reviews = reviews;
        this.photos = photos;
        this.staff = staff;
        this.current = current;
    }

    @GET
    @Operation(summary = "Published reviews of our products, newest first (optionally of one product)")
    public Uni<Page<ManagedReviewView>> list(@QueryParam("productId") String productId, @Valid @BeanParam PageRequest page) {
        UUID merchant = merchant();
        return reviews.list(merchant, productIdOrNull(productId), page)
                .map(found -> found.map(d -> ManagedReviewView.of(d, photos::view)));
    }

    @PUT
    @Path("/{id}/reply")
    @Operation(summary = "Reply to a review of our product, or edit our reply (one per review)")
    @APIResponse(responseCode = "200", description = "The review with the reply",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ManagedReviewView.class)))
    @APIResponse(responseCode = "429", description = "Too many replies and reports this hour")
    public Uni<ManagedReviewView> reply(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") ReplyInput input) {
        return reviews.reply(merchant(), current.id(), id, input).map(d -> ManagedReviewView.of(d, photos::view));
    }

    @POST
    @Path("/{id}/report")
    @Operation(summary = "Report a review of our product to the platform admins (it stays visible until they decide)")
    @APIResponse(responseCode = "200", description = "The reported review",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ManagedReviewView.class)))
    @APIResponse(responseCode = "409", description = "It waits for an admin already")
    @APIResponse(responseCode = "429", description = "Too many replies and reports this hour")
    public Uni<ManagedReviewView> report(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") ReportInput input) {
        return reviews.report(merchant(), current.id(), id, input).map(d -> ManagedReviewView.of(d, photos::view));
    }

    private UUID merchant() {
        return staff.merchantWith(StaffAccess.MESSAGES);
    }

    private static UUID productIdOrNull(String productId) {
        if (productId == null || productId.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(productId.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(new FieldError("productId", "must be a product id"));
        }
    }
}
