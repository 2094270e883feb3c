package io.bazaar.members.recent.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** The product the shopper opened. */
public record RecordView(@NotNull(message = "is required") UUID productId) {
}
