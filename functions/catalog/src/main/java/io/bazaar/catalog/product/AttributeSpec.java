package io.bazaar.catalog.product;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** One attribute a product varies by, such as colour, and the values its SKUs may take. */
public record AttributeSpec(
        @NotBlank(message = "is required") @Size(max = 40, message = "must be at most 40 characters") String name,
        @NotEmpty(message = "needs at least one value") @Size(max = 50, message = "at most 50 values")
        List<@NotBlank(message = "must not be blank") @Size(max = 40, message = "must be at most 40 characters") String> values) {
}
