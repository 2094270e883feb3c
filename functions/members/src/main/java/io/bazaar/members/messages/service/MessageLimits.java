package io.bazaar.members.messages.service;

import java.time.Duration;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.platform.problem.ProblemException;
import io.bazaar.platform.ratelimit.RateLimit;
import io.bazaar.platform.ratelimit.RateLimiter;
import io.smallrye.mutiny.Uni;

/**
 * The spam limits of customer messages (platform RateLimiter: DynamoDB counters, across every instance at once): new
 * threads per shopper and hour, messages per shopper and shop per minute and per hour, replies per staff member and
 * minute. Beyond them: 429 {@code message-rate-limited} with Retry-After, and nothing is written.
 */
@ApplicationScoped
public class MessageLimits {

    private final RateLimiter limiter;
    private final RateLimit threads;
    private final RateLimit perMinute;
    private final RateLimit perHour;
    private final RateLimit replies;

    MessageLimits(RateLimiter limiter, MessagesConfig config) {
        this.limiter = limiter;
        this.threads = new RateLimit("message-threads", config.threadsPerHour(), Duration.ofHours(1));
        this.perMinute = new RateLimit("messages-minute", config.messagesPerMinute(), Duration.ofMinutes(1));
        this.perHour = new RateLimit("messages-hour", config.messagesPerHour(), Duration.ofHours(1));
        this.replies = new RateLimit("message-replies", config.staffRepliesPerMinute(), Duration.ofMinutes(1));
    }

    /** A new thread of the shopper to the shop (its first message counts as a message too). */
    public Uni<Void> newThread(UUID accountId, UUID merchantId) {
        return acquire(threads, accountId.toString(), "new conversations an hour")
                .chain(() -> shopperMessage(accountId, merchantId));
    }

    /** A message of the shopper to the shop. */
    public Uni<Void> shopperMessage(UUID accountId, UUID merchantId) {
        String key = accountId + "#" + merchantId;
        return acquire(perMinute, key, "messages to one shop a minute")
                .chain(() -> acquire(perHour, key, "messages to one shop an hour"));
    }

    /** A reply of a staff member. */
    public Uni<Void> staffReply(UUID staffAccountId) {
        return acquire(replies, staffAccountId.toString(), "replies a minute");
    }

    private Uni<Void> acquire(RateLimit limit, String key, String what) {
        return limiter.tryAcquire(limit, key).map(allowed -> {
            if (!allowed) {
                Duration wait = limiter.retryAfter(limit);
                throw ProblemException.tooManyRequests("message-rate-limited", "At most " + limit.limit() + " " + what
                        + "; try again in " + Math.max(1, wait.toSeconds()) + " seconds.", wait);
            }
            return null;
        });
    }
}
