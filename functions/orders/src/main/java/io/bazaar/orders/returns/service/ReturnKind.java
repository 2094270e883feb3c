package io.bazaar.orders.returns.service;

/** What the shopper asks for: the goods go back and then the money (RETURN), or the money only (REFUND_ONLY). */
public enum ReturnKind {
    RETURN, REFUND_ONLY
}
