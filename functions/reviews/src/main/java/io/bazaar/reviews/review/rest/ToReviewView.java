package io.bazaar.reviews.review.rest;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.orders.contract.PurchasedLine;

/** A bought line of a received order that has no review yet: what "To review" lists. */
public record ToReviewView(String orderNumber, int lineNo, UUID productId, String productName,
        Map<String, String> skuAttributes, @Schema(nullable = true) Instant receivedAt) {

    public static ToReviewView of(PurchasedLine line) {
        return new ToReviewView(line.orderNumber(), line.lineNo(), line.productId(), line.productName(),
                SkuAttributes.of(line.skuAttributesJson()), line.receivedAt());
    }
}
