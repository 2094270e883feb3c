package io.bazaar.statistics.report.service;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A report's sales in one currency: the range's total, the previous range's, the change, and every period. */
@Schema(name = "CurrencySales")
public record CurrencySales(String currency, SalesFigures total, SalesFigures previous, SalesChange change,
        List<SalesPeriod> periods) {
}
