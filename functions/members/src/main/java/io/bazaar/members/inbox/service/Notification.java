package io.bazaar.members.inbox.service;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.bazaar.members.contract.InboxKind;

/** An in-app notification as stored: a message key with its parameters, read or not. */
public record Notification(UUID id, UUID accountId, InboxKind kind, String key, Map<String, String> params, String link,
        Instant createdAt, Instant readAt) {
}
