package io.bazaar.reviews.review.rest;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.QueryParam;

import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;
import io.bazaar.reviews.review.service.ReviewFilter;
import io.bazaar.reviews.review.service.ReviewSort;

/** The sort and filters of a product's review list, bound as text so that bad values are a 400 naming them. */
public class ReviewListParams {

    /** newest (default) or helpful. */
    @QueryParam("sort")
    String sort;
    /** Only reviews with this many stars, 1 to 5. */
    @QueryParam("stars")
    String stars;
    /** true: only reviews with photos. */
    @QueryParam("photos")
    String photos;

    ReviewFilter toFilter() {
        List<FieldError> errors = new ArrayList<>();
        ReviewSort order = sort == null || sort.isBlank() ? ReviewSort.NEWEST : ReviewSort.of(sort.strip()).orElse(null);
        if (order == null) {
            errors.add(new FieldError("sort", "must be newest or helpful"));
        }
        Integer star = null;
        if (stars != null && !stars.isBlank()) {
            try {
                star = Integer.parseInt(stars.strip());
            } catch (NumberFormatException e) {
                star = 0;
            }
            if (star < 1 || star > 5) {
                errors.add(new FieldError("stars", "must be between 1 and 5"));
            }
        }
        boolean withPhotos = false;
        if (photos != null && !photos.isBlank()) {
            if (!photos.equals("true") && !photos.equals("false")) {
                errors.add(new FieldError("photos", "must be true or false"));
            }
            withPhotos = photos.equals("true");
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.toArray(FieldError[]::new));
        }
        return new ReviewFilter(order, star, withPhotos);
    }
}
