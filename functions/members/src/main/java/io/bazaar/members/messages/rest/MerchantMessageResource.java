package io.bazaar.members.messages.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import org.jboss.resteasy.reactive.ResponseStatus;

import io.bazaar.members.messages.service.MessageAttachments;
import io.bazaar.members.messages.service.ShopMessages;
import io.bazaar.members.messages.service.ThreadCursor;
import io.bazaar.platform.idempotency.IdempotencyKey;
import io.bazaar.platform.idempotency.IdempotentResult;
import io.bazaar.platform.image.UploadRequest;
import io.bazaar.platform.image.UploadTicket;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.platform.security.CurrentAccount;
import io.bazaar.platform.security.Roles;
import io.bazaar.platform.security.StaffAccess;
import io.smallrye.mutiny.Uni;

/**
 * /api/merchant/messages: the shop's conversations with its customers, for its staff with the {@code messages}
 * permission. Every change here is in the staff audit log (the platform's filter).
 */
@Path("/api/merchant/messages")
@Tag(name = "Merchant messages")
@RolesAllowed(Roles.MERCHANT_STAFF)
public class MerchantMessageResource {

    private final ShopMessages messages;
    private final MessageAttachments attachments;
    private final StaffAccess staff;
    private final CurrentAccount current;

    MerchantMessageResource(ShopMessages messages, MessageAttachments attachments, StaffAccess staff,
            CurrentAccount current) {
        this.messages = messages;
        this.attachments = attachments;
        this.staff = staff;
        this.current = current;
    }

    @GET
    @Operation(summary = "The shop's conversations: unanswered first, then most recent activity; filtered, in keyset "
            + "pages (cursor from the previous page)")
    @APIResponse(responseCode = "200", description = "A page of conversations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShopThreadPage.class)))
    @APIResponse(responseCode = "400", description = "A filter, the cursor or the limit is not understood")
    public Uni<ShopThreadPage> list(@BeanParam ShopThreadQuery query, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("20") @Min(value = 1, message = "must be at least 1")
            @Max(value = PageRequest.MAX_SIZE, message = "must be at most " + PageRequest.MAX_SIZE) int limit) {
        UUID merchant = merchant();
        return messages.list(merchant, query.toFilter(), ThreadCursor.decode("cursor", cursor), limit);
    }

    @GET
    @Path("/unread-count")
    @Operation(summary = "Conversations with customer messages no one of the staff has read")
    public Uni<MessageUnread> unread() {
        return messages.unread(merchant()).map(MessageUnread::new);
    }

    @POST
    @Path("/attachments")
    @ResponseStatus(201)
    @Operation(summary = "Get a presigned URL to upload one image (JPEG, PNG or WEBP) for my next reply")
    @APIResponse(responseCode = "201", description = "Where and how to upload the image",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UploadTicket.class)))
    @APIResponse(responseCode = "429", description = "Too many uploads not attached to a message yet")
    public Uni<UploadTicket> upload(@Valid @NotNull(message = "a JSON body is required") UploadRequest request) {
        merchant();
        return attachments.start(current.id(), request);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One conversation with all its messages; the customer's messages count as read for the shop")
    public Uni<ShopThreadView> read(@PathParam("id") UUID id) {
        return messages.read(merchant(), id);
    }

    @POST
    @Path("/{id}/messages")
    @Operation(summary = "Reply in a conversation (header Idempotency-Key); the customer is told")
    @APIResponse(responseCode = "201", description = "The reply (the same body again for a retry with the same key)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffMessageView.class)))
    @APIResponse(responseCode = "404", description = "No such conversation of the shop")
    @APIResponse(responseCode = "429", description = "Too many replies a minute (Retry-After)")
    public Uni<Response> reply(@PathParam("id") UUID id, @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @Valid @NotNull(message = "a JSON body is required") NewMessageRequest request) {
        UUID merchant = merchant();
        return messages.reply(merchant, current.id(), id, IdempotencyKey.require(idempotencyKey), request)
                .map(IdempotentResult::created);
    }

    @DELETE
    @Path("/{id}/messages/{messageId}")
    @ResponseStatus(204)
    @Operation(summary = "Delete a message of the conversation (again: no change): the customer sees that a message "
            + "was deleted, the shop keeps its text; audited")
    @APIResponse(responseCode = "204", description = "Deleted (or deleted before)")
    @APIResponse(responseCode = "404", description = "No such conversation of the shop, or no such message in it")
    public Uni<Void> delete(@PathParam("id") UUID id, @PathParam("messageId") long messageId) {
        return messages.delete(merchant(), current.id(), id, messageId);
    }

    private UUID merchant() {
        return staff.merchantWith(StaffAccess.MESSAGES);
    }
}
