package io.bazaar.catalog.term;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The name of a new brand, series, keyword or tag. */
public record TermInput(@NotBlank(message = "is required") @Size(max = 80, message = "must be at most 80 characters") String name) {
}
