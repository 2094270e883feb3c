package io.bazaar.identity.contact;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.identity.profile.ProfileView;
import io.bazaar.platform.security.CurrentAccount;
import io.bazaar.platform.security.Roles;
import io.bazaar.platform.web.ClientAddress;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/** /api/me/email-change and /api/me/phone-change: move a login to a new address, proven by a code sent there. */
@Path("/api/me")
@Tag(name = "Security")
@RolesAllowed(Roles.CUSTOMER)
public class ContactChangeResource {

    private final ContactChangeService changes;
    private final CurrentAccount current;
    private final ClientAddress clientAddress;

    ContactChangeResource(ContactChangeService changes, CurrentAccount current, ClientAddress clientAddress) {
        this.changes = changes;
        this.current = current;
        this.clientAddress = clientAddress;
    }

    @POST
    @Path("/email-change")
    @Operation(summary = "Send a code to a new email address (password required)")
    @APIResponse(responseCode = "202", description = "The code is on its way to the new address")
    @APIResponse(responseCode = "409", description = "Another account uses this address")
    @APIResponse(responseCode = "422", description = "The password is wrong")
    @APIResponse(responseCode = "429", description = "A code was sent too recently, or too many wrong passwords "
            + "(password-check-throttled, with Retry-After)")
    public Uni<Response> requestEmail(@Valid @NotNull(message = "a JSON body is required") ContactChangeRequest request,
            @Context HttpServerRequest http) {
        return changes.request(current.id(), ContactKind.EMAIL, request, clientAddress.of(http))
                .map(done -> Response.accepted().build());
    }

    @POST
    @Path("/email-change/confirm")
    @Operation(summary = "Confirm the new email address with its code; the old address is told")
    @APIResponse(responseCode = "200", description = "The profile with its new email address")
    @APIResponse(responseCode = "409", description = "Another account took this address meanwhile")
    @APIResponse(responseCode = "422", description = "The code is wrong, used up or missing")
    public Uni<ProfileView> confirmEmail(@Valid @NotNull(message = "a JSON body is required") ContactConfirmation confirmation) {
        return changes.confirm(current.id(), ContactKind.EMAIL, confirmation);
    }

    @POST
    @Path("/phone-change")
    @Operation(summary = "Send a code to a new phone number (password required)")
    @APIResponse(responseCode = "202", description = "The code is on its way to the new number")
    @APIResponse(responseCode = "409", description = "Another account uses this number")
    @APIResponse(responseCode = "422", description = "The password is wrong")
    @APIResponse(responseCode = "429", description = "A code was sent too recently, or too many wrong passwords "
            + "(password-check-throttled, with Retry-After)")
    public Uni<Response> requestPhone(@Valid @NotNull(message = "a JSON body is required") ContactChangeRequest request,
            @Context HttpServerRequest http) {
        return changes.request(current.id(), ContactKind.PHONE, request, clientAddress.of(http))
                .map(done -> Response.accepted().build());
    }

    @POST
    @Path("/phone-change/confirm")
    @Operation(summary = "Confirm the new phone number with its code; the old login is told")
    @APIResponse(responseCode = "200", description = "The profile with its new phone number")
    @APIResponse(responseCode = "409", description = "Another account took this number meanwhile")
    @APIResponse(responseCode = "422", description = "The code is wrong, used up or missing")
    public Uni<ProfileView> confirmPhone(@Valid @NotNull(message = "a JSON body is required") ContactConfirmation confirmation) {
        return changes.confirm(current.id(), ContactKind.PHONE, confirmation);
    }
}
