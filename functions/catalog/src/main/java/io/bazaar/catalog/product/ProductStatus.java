package io.bazaar.catalog.product;

/** Where a product is in moderation; shoppers see only APPROVED products that the merchant has listed. */
public enum ProductStatus {
    DRAFT, PENDING_REVIEW, APPROVED, REJECTED
}
