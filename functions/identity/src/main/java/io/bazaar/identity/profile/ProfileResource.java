package io.bazaar.identity.profile;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.platform.security.CurrentAccount;
import io.bazaar.platform.security.Roles;
import io.smallrye.mutiny.Uni;

/** /api/me: the signed-in person's profile. */
@Path("/api/me")
@Tag(name = "Profile")
@RolesAllowed(Roles.CUSTOMER)
public class ProfileResource {

    private final ProfileService profiles;
    private final CurrentAccount current;

    ProfileResource(ProfileService profiles, CurrentAccount current) {
        this.profiles = profiles;
        this.current = current;
    }

    @GET
    @Operation(summary = "The signed-in account's profile")
    @APIResponse(responseCode = "200", description = "The profile")
    @APIResponse(responseCode = "404", description = "The token's account no longer exists")
    public Uni<ProfileView> get() {
        return profiles.get(current.id());
    }

    @PATCH
    @Operation(summary = "Change the display name")
    @APIResponse(responseCode = "200", description = "The changed profile")
    @APIResponse(responseCode = "404", description = "The token's account no longer exists")
    public Uni<ProfileView> update(@Valid @NotNull(message = "a JSON body is required") ProfileUpdate update) {
        return profiles.update(current.id(), update);
    }
}
