package io.bazaar.orders.returns.service;

/** Why the shopper asks, from a fixed set (the free text goes beside it). */
public enum ReturnReason {
    DAMAGED, WRONG_ITEM, NOT_AS_DESCRIBED, NOT_RECEIVED, NO_LONGER_NEEDED, OTHER
}
