package io.bazaar.catalog.category;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new category under a parent (or at the top). */
public record CategoryInput(Long parentId,
        @NotBlank(message = "is required") @Size(max = 80, message = "must be at most 80 characters") String name) {
}
