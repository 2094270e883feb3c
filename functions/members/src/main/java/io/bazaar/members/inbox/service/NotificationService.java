package io.bazaar.members.inbox.service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.members.inbox.repository.NotificationRepository;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/** The shopper's inbox: newest first with the unread count; each shopper reaches only their own notifications. */
@ApplicationScoped
public class NotificationService {

    private final NotificationRepository notifications;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /** One page of the inbox, its size and the unread count. */
    public record InboxPage(List<Notification> items, long total, long unread) {
    }

    public Uni<InboxPage> page(UUID accountId, boolean unreadOnly, PageRequest page) {
        return notifications.count(accountId, unreadOnly)
                .chain(total -> notifications.count(accountId, true)
                        .chain(unread -> notifications.page(accountId, unreadOnly, page.size(), page.offset())
                                .map(items -> new InboxPage(items, total, unread))));
    }

    public Uni<Long> unread(UUID accountId) {
        return notifications.count(accountId, true);
    }

    public Uni<Notification> markRead(UUID accountId, UUID id) {
        return notifications.markRead(accountId, id, clock.instant()).map(read -> {
            if (read == null) {
                throw ProblemException.notFound("notification-not-found", "There is no such notification in your inbox.");
            }
            return read;
        });
    }

    public Uni<Integer> markAllRead(UUID accountId) {
        return notifications.markAllRead(accountId, clock.instant());
    }
}
