package io.bazaar.orders.points.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import io.bazaar.orders.points.service.PointsService;
import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;
import io.bazaar.platform.security.CurrentAccount;
import io.bazaar.platform.security.Roles;
import io.smallrye.mutiny.Uni;

/** POST /api/admin/points/adjustments: the platform admin corrects an account's points, with a reason. */
@Path("/api/admin/points/adjustments")
@Tag(name = "Points")
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class PointsAdjustmentResource {

    private final PointsService points;
    private final CurrentAccount current;

    PointsAdjustmentResource(PointsService points, CurrentAccount current) {
        this.points = points;
        this.current = current;
    }

    @POST
    @ResponseStatus(201)
    @Operation(summary = "Add or take points with a reason (the ledger records it as ADJUSTED)")
    @APIResponse(responseCode = "201", description = "The account's points after the adjustment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PointsView.class)))
    @APIResponse(responseCode = "404", description = "No such account")
    @APIResponse(responseCode = "422", description = "insufficient-points: it would take the balance below zero")
    public Uni<PointsView> adjust(@Valid @NotNull(message = "a JSON body is required") AdjustmentRequest request) {
        if (request.amount() == 0) {
            throw ProblemException.invalid(new FieldError("amount", "must not be 0"));
        }
        return points.adjust(request.accountId(), request.amount(), request.reason(), "platform-admin:" + current.id())
                .map(PointsView::of);
    }
}
