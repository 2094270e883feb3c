package io.bazaar.orders.refund.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A refund of an order: some of its lines ({@code lines}), an amount of money only ({@code amountMinor}), or, with
 * neither, everything not refunded yet (then {@code restock} says whether the goods go back into stock).
 */
public record RefundRequest(
        @Size(max = 200, message = "at most 200 lines") List<@Valid @NotNull(message = "must be a line") Line> lines,
        @Positive(message = "must be positive") Long amountMinor,
        Boolean restock,
        @Size(max = 300, message = "at most 300 characters") String reason) {

    /** Units of one order line to refund; {@code restock}: the goods came back resellable, so their stock returns. */
    public record Line(
            @NotNull(message = "is required") @Min(value = 1, message = "must be a line number of the order") Integer lineNo,
            @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1")
            @Max(value = 100_000, message = "is too large") Integer quantity,
            Boolean restock) {
    }
}
