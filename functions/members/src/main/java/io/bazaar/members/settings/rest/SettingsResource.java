package io.bazaar.members.settings.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.members.settings.service.SettingsService;
import io.bazaar.platform.security.CurrentAccount;
import io.bazaar.platform.security.Roles;
import io.smallrye.mutiny.Uni;

/** /api/me/notification-settings: what also reaches the shopper by e-mail. */
@Path("/api/me/notification-settings")
@Tag(name = "Notifications")
@RolesAllowed(Roles.CUSTOMER)
public class SettingsResource {

    private final SettingsService settings;
    private final CurrentAccount current;
    private final JsonWebToken token;

    SettingsResource(SettingsService settings, CurrentAccount current, JsonWebToken token) {
        this.settings = settings;
        this.current = current;
        this.token = token;
    }

    @GET
    @Operation(summary = "The shopper's notification settings")
    public Uni<NotificationSettings> get() {
        return view();
    }

    @PUT
    @Operation(summary = "Price drops of favourites also by e-mail, to the address the shopper signs in with; replies "
            + "from shops also by e-mail or SMS (a setting left out stays as it is)")
    @APIResponse(responseCode = "200", description = "The settings now", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NotificationSettings.class)))
    @APIResponse(responseCode = "422", description = "The account signs in by phone: no e-mail address to send to")
    public Uni<NotificationSettings> change(@Valid @NotNull(message = "a JSON body is required") SettingsChange change) {
        return settings.change(current.id(), change.priceDropEmail(), change.messageNotices(), token.getName())
                .chain(this::view);
    }

    private Uni<NotificationSettings> view() {
        return settings.priceDropEmail(current.id()).chain(email -> settings.messageNotices(current.id())
                .map(messages -> new NotificationSettings(email != null, email, messages)));
    }
}
