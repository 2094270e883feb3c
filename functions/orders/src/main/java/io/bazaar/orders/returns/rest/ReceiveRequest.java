package io.bazaar.orders.returns.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What came back: for every line of the return, whether its goods can be sold again (then their stock returns). */
public record ReceiveRequest(
        @NotEmpty(message = "name every line of the return") @Size(max = 200, message = "at most 200 lines")
        List<@Valid @NotNull(message = "must be a line") Line> lines) {

    /** One line of the return and whether its goods are resellable. */
    public record Line(
            @NotNull(message = "is required") @Min(value = 1, message = "must be a line number of the order") Integer lineNo,
            @NotNull(message = "is required") Boolean resellable) {
    }
}
