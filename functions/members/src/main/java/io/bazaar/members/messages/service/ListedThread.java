package io.bazaar.members.messages.service;

/**
 * A thread as a list shows it: the newest message (null for none) and how many messages of the other side the reader
 * has not seen.
 */
public record ListedThread(MessageThread thread, ThreadMessage lastMessage, long unread) {
}
