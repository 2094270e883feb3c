package io.bazaar.identity.shop;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.platform.image.UploadRequest;
import io.bazaar.platform.image.UploadTicket;
import io.bazaar.platform.security.CurrentAccount;
import io.bazaar.platform.security.Roles;
import io.bazaar.platform.security.StaffAccess;
import io.smallrye.mutiny.Uni;

/** /api/merchant/shop: the caller's shop profile, for staff with the settings permission (owners hold every one). */
@Path("/api/merchant/shop")
@Tag(name = "Merchant shop")
@RolesAllowed(Roles.MERCHANT_STAFF)
public class ShopProfileResource {

    private final ShopProfileService shops;
    private final StaffAccess staff;
    private final CurrentAccount current;

    ShopProfileResource(ShopProfileService shops, StaffAccess staff, CurrentAccount current) {
        this.shops = shops;
        this.staff = staff;
        this.current = current;
    }

    @GET
    @Operation(summary = "The shop's profile: name, description, logo, return address, service hours and time zone")
    public Uni<ShopProfileView> get() {
        return shops.get(staff.merchantWith(StaffAccess.SETTINGS));
    }

    @PUT
    @Operation(summary = "Save the whole profile (the logo apart); what is left out is cleared")
    public Uni<ShopProfileView> update(@Valid @NotNull(message = "a JSON body is required") ShopProfileUpdate update) {
        return shops.update(staff.merchantWith(StaffAccess.SETTINGS), current.id(), update);
    }

    @POST
    @Path("/logo/uploads")
    @Operation(summary = "Get a presigned URL to upload a logo image (JPEG, PNG, WEBP or GIF) straight to storage")
    public Uni<UploadTicket> startLogo(@Valid @NotNull(message = "a JSON body is required") UploadRequest request) {
        return shops.startLogo(staff.merchantWith(StaffAccess.SETTINGS), request);
    }

    @PUT
    @Path("/logo")
    @Operation(summary = "Make an uploaded image the logo (its size and type are checked); the old one is deleted")
    @APIResponse(responseCode = "200", description = "The profile with its new logo")
    @APIResponse(responseCode = "422", description = "Nothing was uploaded under this id, or the upload is too large or not an image")
    public Uni<ShopProfileView> confirmLogo(@Valid @NotNull(message = "a JSON body is required") LogoConfirmation confirmation) {
        return shops.confirmLogo(staff.merchantWith(StaffAccess.SETTINGS), current.id(), confirmation.uploadId());
    }

    @DELETE
    @Path("/logo")
    @Operation(summary = "Remove the logo")
    public Uni<ShopProfileView> removeLogo() {
        return shops.removeLogo(staff.merchantWith(StaffAccess.SETTINGS), current.id());
    }
}
