package io.bazaar.cart.rest;

import jakarta.validation.constraints.Min;

/** PATCH /api/cart/lines/{skuId}: a new quantity and/or selection; removing a line is DELETE, not quantity 0. */
public record LineChangeRequest(
        @Min(value = 1, message = "must be at least 1; remove a line with DELETE") Integer quantity,
        Boolean selected) {
}
