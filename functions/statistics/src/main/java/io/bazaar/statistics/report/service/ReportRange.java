package io.bazaar.statistics.report.service;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * What one report covers: a shop (or every shop, for a platform admin), the days from {@code from} to {@code to}
 * inclusive, in the shops' own time zones, and how they are grouped.
 *
 * @param merchantId null for all shops
 */
public record ReportRange(UUID merchantId, LocalDate from, LocalDate to, Grouping grouping) {

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The range of as many days just before this one: what "period over period" compares with. */
    public ReportRange previous() {
        return new ReportRange(merchantId, from.minusDays(days()), from.minusDays(1), grouping);
    }
}
