package io.bazaar.identity.shop;

/** Where a shop application stands. */
public enum ShopApplicationStatus {
    PENDING, APPROVED, REJECTED
}
