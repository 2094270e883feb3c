package io.bazaar.cart.rest;

import jakarta.validation.constraints.NotNull;

/** POST /api/cart/selection: select or deselect every line. */
public record SelectionRequest(@NotNull(message = "is required") Boolean selected) {
}
