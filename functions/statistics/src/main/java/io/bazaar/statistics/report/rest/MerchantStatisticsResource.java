package io.bazaar.statistics.report.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.security.Roles;
import io.bazaar.statistics.StatisticsConfig;
import io.bazaar.statistics.report.service.FunnelReport;
import io.bazaar.statistics.report.service.ReportRange;
import io.bazaar.statistics.report.service.Reports;
import io.bazaar.statistics.report.service.SalesReport;
import io.smallrye.mutiny.Uni;

/**
 * /api/merchant/statistics: a shop's sales and funnel figures for its staff with the statistics permission, and every
 * shop's for platform admins; read from the daily roll-ups, days in the shop's time zone.
 */
@Path("/api/merchant/statistics")
@Tag(name = "Merchant statistics")
@RolesAllowed({Roles.MERCHANT_STAFF, Roles.PLATFORM_ADMIN})
public class MerchantStatisticsResource {

    private final Reports reports;
    private final StatisticsReaders readers;
    private final StatisticsConfig config;
    private final Clock clock;

    MerchantStatisticsResource(Reports reports, StatisticsReaders readers, StatisticsConfig config, Clock clock) {
        this.reports = reports;
        this.readers = readers;
        this.config = config;
        this.clock = clock;
    }

    @GET
    @Path("/sales")
    @Operation(summary = "Revenue, orders, units, average order value and refunds by day, week or month, with the "
            + "previous range of as many days for comparison")
    @APIResponse(responseCode = "200", description = "The sales report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SalesReport.class)))
    @APIResponse(responseCode = "400", description = "A parameter is wrong (each one in errors)")
    @APIResponse(responseCode = "403", description = "Not staff with the statistics permission, or another shop")
    public Uni<SalesReport> sales(@BeanParam StatisticsParams params) {
        return reports.sales(range(params, List.of()));
    }

    @GET
    @Path("/funnel")
    @Operation(summary = "Views -> add to cart -> checkout -> paid, with each step's rate, for the shop and its "
            + "products (most viewed first)")
    @APIResponse(responseCode = "200", description = "The funnel report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FunnelReport.class)))
    @APIResponse(responseCode = "400", description = "A parameter is wrong (each one in errors)")
    @APIResponse(responseCode = "403", description = "Not staff with the statistics permission, or another shop")
    public Uni<FunnelReport> funnel(@BeanParam StatisticsParams params, @BeanParam FunnelParams funnel) {
        return reports.funnel(range(params, funnel.errors()), funnel.productId(), funnel.limit());
    }

    private ReportRange range(StatisticsParams params, List<FieldError> more) {
        readers.check();
        StatisticsParams.Range range = params.check(LocalDate.now(clock.withZone(ZoneOffset.UTC)), config.maxReportDays(), more);
        return new ReportRange(readers.shop(params.merchantId()), range.from(), range.to(), range.grouping());
    }
}
