package io.bazaar.members.inbox.delivery;

import java.util.UUID;

/** One push or e-mail of a notification, taken from the outbox for an attempt. */
public record Delivery(long id, UUID notificationId, String channel, String recipient, int attempts) {

    public static final String PUSH = "PUSH";
    public static final String EMAIL = "EMAIL";
}
