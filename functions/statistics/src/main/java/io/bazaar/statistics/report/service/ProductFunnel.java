package io.bazaar.statistics.report.service;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One product's funnel over a report's range. */
@Schema(name = "ProductFunnel")
public record ProductFunnel(UUID productId, FunnelFigures funnel) {
}
