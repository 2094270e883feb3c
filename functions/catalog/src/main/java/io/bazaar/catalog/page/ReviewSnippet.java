package io.bazaar.catalog.page;

import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.bazaar.reviews.contract.PublishedReview;

/** One review on a product page, formatted; the template escapes every text of it. */
public record ReviewSnippet(String author, int stars, String starsLabel, String title, String text, String option,
        String date) {

    static ReviewSnippet of(PublishedReview review, ReviewerNames names) {
        Map<String, Object> attributes = new TreeMap<>(review.skuAttributes());
        String option = attributes.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", "));
        return new ReviewSnippet(names.of(review), review.stars(),
                "★".repeat(review.stars()) + "☆".repeat(5 - review.stars()), review.title(), review.text(), option,
                review.createdAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
    }
}
