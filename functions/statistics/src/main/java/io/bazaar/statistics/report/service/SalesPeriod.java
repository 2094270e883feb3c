package io.bazaar.statistics.report.service;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One period (day, week or month, cut to the report's range) of a report: its first and last day and its sales. */
@Schema(name = "SalesPeriod")
public record SalesPeriod(LocalDate start, LocalDate end, SalesFigures sales) {
}
