package io.bazaar.members.inbox.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.members.inbox.service.NotificationService;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.platform.security.CurrentAccount;
import io.bazaar.platform.security.Roles;
import io.smallrye.mutiny.Uni;

/** /api/me/notifications: the signed-in shopper's in-app notifications and their read state. */
@Path("/api/me/notifications")
@Tag(name = "Notifications")
@RolesAllowed(Roles.CUSTOMER)
public class NotificationResource {

    private final NotificationService notifications;
    private final CurrentAccount current;

    NotificationResource(NotificationService notifications, CurrentAccount current) {
        this.notifications = notifications;
        this.current = current;
    }

    @GET
    @Operation(summary = "The inbox, newest first (only the unread ones with unread=true), with the unread count")
    public Uni<NotificationPage> page(@QueryParam("unread") @DefaultValue("false") boolean unreadOnly,
            @Valid @BeanParam PageRequest page) {
        return notifications.page(current.id(), unreadOnly, page).map(p -> new NotificationPage(
                p.items().stream().map(NotificationView::of).toList(), page.page(), page.size(), p.total(), p.unread()));
    }

    @GET
    @Path("/unread-count")
    @Operation(summary = "How many notifications are unread")
    public Uni<UnreadCount> unread() {
        return notifications.unread(current.id()).map(UnreadCount::new);
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Mark one notification read (already read: no change)")
    public Uni<NotificationView> read(@PathParam("id") UUID id) {
        return notifications.markRead(current.id(), id).map(NotificationView::of);
    }

    @POST
    @Path("/read-all")
    @Operation(summary = "Mark every notification read; answers the unread count, 0")
    public Uni<UnreadCount> readAll() {
        return notifications.markAllRead(current.id()).replaceWith(new UnreadCount(0));
    }
}
