package io.bazaar.identity.avatar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.identity.profile.ProfileService;
import io.bazaar.identity.profile.ProfileView;
import io.bazaar.platform.image.UploadRequest;
import io.bazaar.platform.security.CurrentAccount;
import io.bazaar.platform.security.Roles;
import io.smallrye.mutiny.Uni;

/** /api/me/avatar: upload (presigned PUT to S3), confirm, remove. */
@Path("/api/me/avatar")
@Tag(name = "Profile")
@RolesAllowed(Roles.CUSTOMER)
public class AvatarResource {

    private final AvatarService avatars;
    private final ProfileService profiles;
    private final CurrentAccount current;

    AvatarResource(AvatarService avatars, ProfileService profiles, CurrentAccount current) {
        this.avatars = avatars;
        this.profiles = profiles;
        this.current = current;
    }

    @POST
    @Path("/uploads")
    @Operation(summary = "Get a presigned URL to upload an avatar image (JPEG, PNG, WEBP or GIF) straight to storage")
    public Uni<AvatarUploadTicket> startUpload(@Valid @NotNull(message = "a JSON body is required") UploadRequest request) {
        return avatars.start(current.id(), request);
    }

    @PUT
    @Operation(summary = "Make an uploaded image the avatar (its size and type are checked); the old one is deleted")
    @APIResponse(responseCode = "200", description = "The profile with its new avatar")
    @APIResponse(responseCode = "422", description = "Nothing was uploaded, or the upload is too large or not an image")
    public Uni<ProfileView> confirm(@Valid @NotNull(message = "a JSON body is required") AvatarConfirmation confirmation) {
        return avatars.confirm(current.id(), confirmation.uploadId()).chain(account -> profiles.get(current.id()));
    }

    @DELETE
    @Operation(summary = "Remove the avatar")
    public Uni<ProfileView> remove() {
        return avatars.remove(current.id()).chain(account -> profiles.get(current.id()));
    }
}
