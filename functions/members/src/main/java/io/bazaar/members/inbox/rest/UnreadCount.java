package io.bazaar.members.inbox.rest;

/** How many notifications of the shopper are unread (the bell in the header). */
public record UnreadCount(long unread) {
}
