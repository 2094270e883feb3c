package io.bazaar.members.messages.service;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of customer messages: lengths, spam limits, attachments and their URLs. */
@ConfigMapping(prefix = "bazaar.members.messages")
public interface MessagesConfig {

    /** Longest message body, in characters. */
    @WithDefault("2000")
    int maxBodyLength();

    /** New threads one shopper may start per hour, across all shops. */
    @WithDefault("10")
    int threadsPerHour();

    /** Messages (first ones included) one shopper may send to one shop per minute. */
    @WithDefault("6")
    int messagesPerMinute();

    /** Messages one shopper may send to one shop per hour. */
    @WithDefault("60")
    int messagesPerHour();

    /** Replies one staff member may send per minute. */
    @WithDefault("30")
    int staffRepliesPerMinute();

    /** The private bucket of attachments (infra passes the generated name). */
    @WithDefault("bazaar-message-attachments")
    String attachmentsBucket();

    /** Most images one message may carry. */
    @WithDefault("4")
    int maxAttachments();

    /** Largest image, in bytes (5 MiB). */
    @WithDefault("5242880")
    long maxAttachmentBytes();

    /** Most uploads one account may have that are not attached to a message yet. */
    @WithDefault("16")
    int maxPendingAttachments();

    /** How long a presigned upload URL stays valid. */
    @WithDefault("PT15M")
    Duration attachmentUploadTtl();

    /** How long an attachment's presigned download URL in an answer stays valid (short: only the two parties see it). */
    @WithDefault("PT10M")
    Duration attachmentUrlTtl();

    /** Age after which an upload never attached is dropped with its object; at least the upload TTL. */
    @WithDefault("PT2H")
    Duration attachmentPendingMaxAge();

    /** How long a retried write (new thread, message, reply) is answered from its Idempotency-Key record. */
    @WithDefault("PT24H")
    Duration idempotencyTtl();
}
