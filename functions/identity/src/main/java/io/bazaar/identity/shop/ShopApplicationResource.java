package io.bazaar.identity.shop;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.platform.web.ClientAddress;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/** /api/shop-applications: a business applies for a shop (public). */
@Path("/api/shop-applications")
@Tag(name = "Shops")
public class ShopApplicationResource {

    private final ShopApplicationService applications;
    private final ClientAddress clientAddress;

    ShopApplicationResource(ShopApplicationService applications, ClientAddress clientAddress) {
        this.applications = applications;
        this.clientAddress = clientAddress;
    }

    @POST
    @Operation(summary = "Apply for a shop; the platform's admins approve or reject it")
    @APIResponse(responseCode = "201", description = "Received",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShopApplicationReceived.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or the contact is not an email or phone")
    @APIResponse(responseCode = "429", description = "Too many applications from this address")
    public Uni<Response> apply(@Valid @NotNull(message = "a JSON body is required") ShopApplicationRequest request,
            @Context HttpServerRequest http) {
        return applications.apply(request, clientAddress.of(http))
                .map(received -> Response.created(URI.create("/api/shop-applications/" + received.id())).entity(received).build());
    }
}
