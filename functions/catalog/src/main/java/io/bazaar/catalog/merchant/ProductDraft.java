package io.bazaar.catalog.merchant;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.catalog.product.AttributeSpec;

/** Everything a merchant writes about a product; creating and editing both send the whole of it. */
public record ProductDraft(
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
        @NotNull(message = "is required") Long categoryId,
        Long brandId,
        Long seriesId,
        @Size(max = 30, message = "at most 30 keywords") List<@NotNull(message = "must not be null") Long> keywordIds,
        @Size(max = 30, message = "at most 30 tags") List<@NotNull(message = "must not be null") Long> tagIds,
        @Size(max = 100_000, message = "must be at most 100000 characters") String description,
        @Size(max = 20_000, message = "must be at most 20000 characters") String parameters,
        @Size(max = 20_000, message = "must be at most 20000 characters") String packaging,
        @Size(max = 20_000, message = "must be at most 20000 characters") String afterSales,
        @NotNull(message = "is required") @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD") String currency,
        @Size(max = 3, message = "at most 3 attributes") List<@Valid AttributeSpec> attributes,
        @NotEmpty(message = "needs at least one SKU") @Size(max = 300, message = "at most 300 SKUs") List<@Valid SkuInput> skus,
        @Schema(description = "The product is given away: every SKU is priced 0 (otherwise every price must be positive). "
                + "Default false; the platform admin sees the flag in review, and changing it sends an approved product back to review.",
                defaultValue = "false") Boolean free) {

    public boolean freeOrFalse() {
        return Boolean.TRUE.equals(free);
    }

    public List<Long> keywordIdsOrEmpty() {
        return keywordIds == null ? List.of() : keywordIds;
    }

    public List<Long> tagIdsOrEmpty() {
        return tagIds == null ? List.of() : tagIds;
    }

    public List<AttributeSpec> attributesOrEmpty() {
        return attributes == null ? List.of() : attributes;
    }
}
