package io.bazaar.members.messages.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import io.bazaar.members.messages.service.MessageAttachments;
import io.bazaar.members.messages.service.ShopperMessages;
import io.bazaar.platform.idempotency.IdempotencyKey;
import io.bazaar.platform.idempotency.IdempotentResult;
import io.bazaar.platform.image.UploadRequest;
import io.bazaar.platform.image.UploadTicket;
import io.bazaar.platform.paging.Page;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.platform.security.CurrentAccount;
import io.bazaar.platform.security.Roles;
import io.smallrye.mutiny.Uni;

/** /api/me/messages: the signed-in shopper's conversations with shops. */
@Path("/api/me/messages")
@Tag(name = "Messages")
@RolesAllowed(Roles.CUSTOMER)
public class MyMessageResource {

    private final ShopperMessages messages;
    private final MessageAttachments attachments;
    private final CurrentAccount current;

    MyMessageResource(ShopperMessages messages, MessageAttachments attachments, CurrentAccount current) {
        this.messages = messages;
        this.attachments = attachments;
        this.current = current;
    }

    @GET
    @Operation(summary = "My conversations with shops, most recent activity first, with the replies I have not read")
    public Uni<Page<MyThreadSummaryView>> list(@Valid @BeanParam PageRequest page) {
        return messages.list(current.id(), page);
    }

    @POST
    @Operation(summary = "Write to a shop, about one of its products, one of my orders from it, or neither "
            + "(header Idempotency-Key)")
    @APIResponse(responseCode = "201", description = "The new conversation (the same body again for a retry with the same key)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MyThreadView.class)))
    @APIResponse(responseCode = "404", description = "No such shop, product for sale, or order of mine")
    @APIResponse(responseCode = "422", description = "The product or order is another shop's, an image is not an upload "
            + "of mine or fails the check, or a reused Idempotency-Key")
    @APIResponse(responseCode = "429", description = "Too many new conversations or messages (Retry-After)")
    public Uni<Response> start(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @Valid @NotNull(message = "a JSON body is required") NewThreadRequest request) {
        return messages.start(current.id(), IdempotencyKey.require(idempotencyKey), request).map(IdempotentResult::created);
    }

    @GET
    @Path("/unread-count")
    @Operation(summary = "Replies of shops I have not read, over all my conversations")
    public Uni<MessageUnread> unread() {
        return messages.unread(current.id()).map(MessageUnread::new);
    }

    @POST
    @Path("/attachments")
    @ResponseStatus(201)
    @Operation(summary = "Get a presigned URL to upload one image (JPEG, PNG or WEBP) for my next message")
    @APIResponse(responseCode = "201", description = "Where and how to upload the image",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UploadTicket.class)))
    @APIResponse(responseCode = "429", description = "Too many uploads not attached to a message yet")
    public Uni<UploadTicket> upload(@Valid @NotNull(message = "a JSON body is required") UploadRequest request) {
        return attachments.start(current.id(), request);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of my conversations with all its messages; the shop's replies count as read")
    public Uni<MyThreadView> read(@PathParam("id") UUID id) {
        return messages.read(current.id(), id);
    }

    @POST
    @Path("/{id}/messages")
    @Operation(summary = "Write one more message in my conversation (header Idempotency-Key)")
    @APIResponse(responseCode = "201", description = "The message (the same body again for a retry with the same key)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MessageView.class)))
    @APIResponse(responseCode = "404", description = "No such conversation of mine")
    @APIResponse(responseCode = "429", description = "Too many messages to this shop (Retry-After)")
    public Uni<Response> post(@PathParam("id") UUID id, @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @Valid @NotNull(message = "a JSON body is required") NewMessageRequest request) {
        return messages.post(current.id(), id, IdempotencyKey.require(idempotencyKey), request).map(IdempotentResult::created);
    }
}
