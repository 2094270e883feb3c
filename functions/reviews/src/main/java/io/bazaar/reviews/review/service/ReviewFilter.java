package io.bazaar.reviews.review.service;

/**
 * Which of a product's published reviews a shopper looks at.
 *
 * @param starsOrNull only reviews with these stars (null: all)
 * @param withPhotos only reviews with at least one photo
 */
public record ReviewFilter(ReviewSort sort, Integer starsOrNull, boolean withPhotos) {
}
