package io.bazaar.identity.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.platform.security.CurrentAccount;
import io.bazaar.platform.security.Roles;
import io.smallrye.mutiny.Uni;

/** GET /api/me/data: download one's data as a JSON document. */
@Path("/api/me/data")
@Tag(name = "Security")
@RolesAllowed(Roles.CUSTOMER)
public class AccountDataResource {

    private final AccountDataService data;
    private final CurrentAccount current;

    AccountDataResource(AccountDataService data, CurrentAccount current) {
        this.data = data;
        this.current = current;
    }

    @GET
    @Operation(summary = "Everything kept about the account outside its orders, as a JSON download")
    @APIResponse(responseCode = "200", description = "The document, as an attachment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountData.class)))
    @APIResponse(responseCode = "404", description = "The token's account no longer exists")
    public Uni<Response> download() {
        return data.of(current.id(), current.sessionId()).map(document -> Response.ok(document, MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"bazaar-account-data.json\"")
                .header("Cache-Control", "no-store").build());
    }
}
