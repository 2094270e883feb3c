package io.bazaar.members.messages.service;

/** An image of a message and a download URL of it that expires soon (the bucket is private). */
public record Attachment(java.util.UUID id, String contentType, String url) {
}
