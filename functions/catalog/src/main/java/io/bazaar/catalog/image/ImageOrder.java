package io.bazaar.catalog.image;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** The product's attached images, each once, main image first. */
public record ImageOrder(@NotNull(message = "is required") List<@NotNull(message = "must not be null") UUID> imageIds) {
}
