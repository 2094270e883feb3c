package io.bazaar.statistics.report.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** GET /api/merchant/statistics/funnel: the shop's funnel over a range and its products' (most viewed first). */
@Schema(name = "FunnelReport")
public record FunnelReport(@Schema(nullable = true, description = "null: every shop (platform admins)") UUID merchantId,
        LocalDate from, LocalDate to, FunnelFigures shop, List<ProductFunnel> products) {
}
