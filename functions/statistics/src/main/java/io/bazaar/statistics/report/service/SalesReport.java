package io.bazaar.statistics.report.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** GET /api/merchant/statistics/sales: a shop's (or all shops') sales over a range, per currency they sold in. */
@Schema(name = "SalesReport")
public record SalesReport(@Schema(nullable = true, description = "null: every shop (platform admins)") UUID merchantId,
        LocalDate from, LocalDate to, Grouping grouping, LocalDate previousFrom, LocalDate previousTo,
        @Schema(description = "one entry per currency sold in during either range, by currency code") List<CurrencySales> currencies) {
}
