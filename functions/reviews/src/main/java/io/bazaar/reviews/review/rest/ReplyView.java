package io.bazaar.reviews.review.rest;

import java.time.Instant;

import io.bazaar.reviews.review.service.Reply;

/** The merchant's reply under a review (plain text). */
public record ReplyView(String text, Instant createdAt, Instant updatedAt) {

    public static ReplyView of(Reply reply) {
        return new ReplyView(reply.text(), reply.createdAt(), reply.updatedAt());
    }
}
