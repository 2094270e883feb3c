package io.bazaar.reviews.review.service;

import java.util.List;

/** A review with its photos (in order) and the merchant's reply, if any. */
public record ReviewDetails(Review review, List<ReviewImage> images, Reply replyOrNull) {
}
