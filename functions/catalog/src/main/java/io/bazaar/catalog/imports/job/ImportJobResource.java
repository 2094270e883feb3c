package io.bazaar.catalog.imports.job;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

import io.bazaar.platform.idempotency.IdempotencyKey;
import io.bazaar.platform.paging.Page;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.platform.security.Roles;
import io.bazaar.platform.security.StaffAccess;
import io.smallrye.mutiny.Uni;

/** /api/merchant/imports: a merchant's staff (with the imports permission) import products from another shop. */
@Path("/api/merchant/imports")
@Tag(name = "Merchant imports")
@RolesAllowed(Roles.MERCHANT_STAFF)
public class ImportJobResource {

    private final ImportJobService service;
    private final StaffAccess staff;

    ImportJobResource(ImportJobService service, StaffAccess staff) {
        this.service = service;
        this.staff = staff;
    }

    @POST
    @Operation(summary = "Start importing from a start URL, a sitemap or a list of product pages; runs in the background. "
            + "Takes an Idempotency-Key: a retry with the same key and body answers with the job already started")
    @APIResponse(responseCode = "202",
            description = "The job, started (or started earlier with this key)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportJob.class)))
    @APIResponse(responseCode = "409", description = "A request with this Idempotency-Key is still running")
    @APIResponse(responseCode = "422", description = "This Idempotency-Key was used for a different request")
    public Uni<Response> start(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @Valid @NotNull(message = "a JSON body is required") ImportJobRequest request) {
        return service.start(merchant(), IdempotencyKey.require(idempotencyKey), request)
                .map(started -> Response.accepted(started.job()).header("Location", "/api/merchant/imports/" + started.job().id())
                        .header(IdempotencyKey.REPLAYED_HEADER, Boolean.toString(started.replayed())).build());
    }

    @GET
    @Operation(summary = "The merchant's import jobs, newest first")
    public Uni<Page<ImportJob>> list(@Valid @BeanParam PageRequest page) {
        return service.list(merchant(), page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A job's status and progress")
    public Uni<ImportJob> get(@PathParam("id") UUID id) {
        return service.get(merchant(), id);
    }

    @GET
    @Path("/{id}/items")
    @Operation(summary = "What became of each page of the job, in page order; optionally only one outcome")
    public Uni<Page<ImportItem>> items(@PathParam("id") UUID id, @QueryParam("outcome") String outcome,
            @Valid @BeanParam PageRequest page) {
        return service.items(merchant(), id, ImportJobService.outcome(outcome), page);
    }

    private UUID merchant() {
        return staff.merchantWith(StaffAccess.IMPORTS);
    }
}
