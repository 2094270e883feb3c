package io.bazaar.catalog.imports.refresh;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One SKU of an imported product with the prices its source showed, oldest first. */
public record SkuPriceHistory(UUID skuId, Map<String, String> attributes, @Schema(nullable = true) String code,
        List<PricePoint> points) {
}
