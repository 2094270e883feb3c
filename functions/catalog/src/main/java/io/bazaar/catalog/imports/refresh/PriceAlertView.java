package io.bazaar.catalog.imports.refresh;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A held price change as the merchant sees it. */
public record PriceAlertView(UUID id, UUID productId, UUID skuId, long oldPriceMinor, long newPriceMinor,
        String currency, Instant detectedAt, @Schema(nullable = true) String resolution) {

    static PriceAlertView of(PriceAlert alert) {
        return new PriceAlertView(alert.id, alert.productId, alert.skuId, alert.oldPriceMinor, alert.newPriceMinor,
                alert.currency, alert.detectedAt, alert.resolution == null ? null : alert.resolution.name().toLowerCase());
    }
}
