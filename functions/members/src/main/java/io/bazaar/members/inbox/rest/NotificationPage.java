package io.bazaar.members.inbox.rest;

import java.util.List;

/** A page of the inbox, newest first, with how many notifications are unread in all. */
public record NotificationPage(List<NotificationView> items, int page, int size, long total, long unread) {
}
