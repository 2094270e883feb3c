package io.bazaar.members.messages.rest;

/** How many unread: for the shopper, replies they have not seen; for the shop, threads with customer messages unseen. */
public record MessageUnread(long unread) {
}
