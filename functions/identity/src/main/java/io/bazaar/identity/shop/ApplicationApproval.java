package io.bazaar.identity.shop;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Approves an application; the shop takes the business name unless another is given. */
public record ApplicationApproval(
        @Schema(nullable = true) @Size(max = 120, message = "must be at most 120 characters") String shopName) {
}
