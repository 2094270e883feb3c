package io.bazaar.statistics.report.repository;

import java.time.LocalDate;

/** One day's money of a shop (or of all shops) in one currency, from statistics_sales_days. */
public record SalesDay(LocalDate day, String currency, long orders, long units, long revenueMinor, long refunds,
        long refundedMinor) {
}
