package io.bazaar.reviews.review.rest;

/** The review's helpful count after one's vote. */
public record HelpfulView(int helpfulCount) {
}
