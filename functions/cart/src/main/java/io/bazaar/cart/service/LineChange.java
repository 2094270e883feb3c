package io.bazaar.cart.service;

/** A change to one line: a new quantity, a new selection, or both; null leaves that part as it is. */
public record LineChange(Integer quantity, Boolean selected) {
}
