package io.bazaar.catalog.imports.job;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a merchant asks to import: exactly one of a start URL (a shop, a category or a product page), a sitemap, or a
 * list of product page URLs.
 */
public record ImportJobRequest(
        @Size(max = 2000, message = "must be at most 2000 characters") String startUrl,
        @Size(max = 2000, message = "must be at most 2000 characters") String sitemapUrl,
        @Size(min = 1, max = 1000, message = "must hold 1 to 1000 URLs")
        List<@NotBlank(message = "must not be blank") @Size(max = 2000, message = "must be at most 2000 characters") String> urls,
        @Valid @NotNull(message = "is required") ImportOptions options) {
}
