package io.bazaar.statistics.report.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.bazaar.platform.problem.FieldError;

/** The funnel's own parameters: one product, and how many products the answer lists. */
public class FunnelParams {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    @QueryParam("productId")
    @Parameter(description = "Only this product's funnel in products")
    String productId;

    @QueryParam("limit")
    @Parameter(description = "Products listed, most viewed first: 1 to 100, default 20")
    String limit;

    /** The field errors of these parameters (none when they are fine). */
    List<FieldError> errors() {
        List<FieldError> errors = new ArrayList<>();
        if (productId != null && !productId.isBlank()) {
            try {
                UUID.fromString(productId.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("productId", "must be a product id (UUID)"));
            }
        }
        if (limit != null && !limit.isBlank()) {
            try {
                int n = Integer.parseInt(limit.strip());
                if (n < 1 || n > MAX_LIMIT) {
                    errors.add(new FieldError("limit", "must be between 1 and " + MAX_LIMIT));
                }
            } catch (NumberFormatException e) {
                errors.add(new FieldError("limit", "must be a whole number"));
            }
        }
        return errors;
    }

    UUID productId() {
        return productId == null || productId.isBlank() ? null : UUID.fromString(productId.strip());
    }

    int limit() {
        return limit == null || limit.isBlank() ? DEFAULT_LIMIT : Integer.parseInt(limit.strip());
    }
}
