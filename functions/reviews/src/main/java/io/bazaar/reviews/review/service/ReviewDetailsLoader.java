package io.bazaar.reviews.review.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.platform.paging.Page;
import io.bazaar.reviews.image.ReviewImageRepository;
import io.bazaar.reviews.review.repository.ReviewRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

/** Completes reviews with their photos and replies: two queries for a whole page, not two per review. */
@ApplicationScoped
public class ReviewDetailsLoader {

    private final ReviewRepository reviews;
    private final ReviewImageRepository images;

    ReviewDetailsLoader(ReviewRepository reviews, ReviewImageRepository images) {
        this.reviews = reviews;
        this.images = images;
    }

    public Uni<List<ReviewDetails>> of(SqlClient client, List<Review> list) {
        List<UUID> ids = list.stream().map(Review::id).toList();
        return images.ofReviews(client, ids).chain(photos -> reviews.replies(client, ids).map(replies ->
                list.stream().map(r -> details(r, photos, replies)).toList()));
    }

    public Uni<ReviewDetails> of(SqlClient client, Review review) {
        return of(client, List.of(review)).map(list -> list.get(0));
    }

    public Uni<Page<ReviewDetails>> of(SqlClient client, Page<Review> page) {
        return of(client, page.items()).map(items -> new Page<>(items, page.page(), page.size(), page.total()));
    }

    private static ReviewDetails details(Review review, Map<UUID, List<ReviewImage>> photos, Map<UUID, Reply> replies) {
        return new ReviewDetails(review, photos.getOrDefault(review.id(), List.of()), replies.get(review.id()));
    }
}
