package io.bazaar.catalog.term;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.platform.problem.ProblemException;
import io.bazaar.platform.security.Roles;
import io.bazaar.platform.security.StaffAccess;
import io.smallrye.mutiny.Uni;

/** /api/merchant/{brands|series|keywords|tags}: the merchant's managed lists. */
@Path("/api/merchant/{kind: brands|series|keywords|tags}")
@Tag(name = "Merchant brands, series, keywords and tags")
@RolesAllowed(Roles.MERCHANT_STAFF)
public class TermResource {

    private final TermService terms;
    private final StaffAccess staff;

    TermResource(TermService terms, StaffAccess staff) {
        this.terms = terms;
        this.staff = staff;
    }

    @GET
    public Uni<List<TermView>> list(@PathParam("kind") String kind) {
        return terms.list(merchant(), kind(kind));
    }

    @POST
    @Operation(summary = "Add an entry; names are unique per list, ignoring case")
    @APIResponse(responseCode = "201",
            description = "The new entry",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TermView.class)))
    @APIResponse(responseCode = "409", description = "The list already has this name")
    public Uni<Response> add(@PathParam("kind") String kind, @Valid @NotNull(message = "a JSON body is required") TermInput input) {
        return terms.add(merchant(), kind(kind), input.name()).map(view -> Response.status(201).entity(view).build());
    }

    @DELETE
    @Path("/{id}")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "Products still use this entry")
    public Uni<Response> remove(@PathParam("kind") String kind, @PathParam("id") long id) {
        return terms.remove(merchant(), kind(kind), id).map(done -> Response.noContent().build());
    }

    private UUID merchant() {
        return staff.merchantWith(StaffAccess.PRODUCTS);
    }

    private static TermKind kind(String path) {
        return TermKind.ofPath(path).orElseThrow(() -> ProblemException.notFound("not-found", "Unknown list."));
    }
}
