package io.bazaar.statistics.report.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.statistics.report.repository.FunnelCounts;
import io.bazaar.statistics.report.repository.ReportRepository;
import io.bazaar.statistics.report.repository.SalesDay;
import io.smallrye.mutiny.Uni;

/**
 * Builds the sales and funnel reports from the daily roll-ups: a range and the one before it in one query, grouped
 * into periods here (each period cut to the range, so a week or month at its edge counts only the range's days).
 */
@ApplicationScoped
public class Reports {

    private final ReportRepository repository;

    Reports(ReportRepository repository) {
        this.repository = repository;
    }

    public Uni<SalesReport> sales(ReportRange range) {
        ReportRange previous = range.previous();
        return repository.sales(range.merchantId(), previous.from(), range.to()).map(days -> {
            Map<String, List<SalesDay>> byCurrency = new TreeMap<>();
            days.forEach(d -> byCurrency.computeIfAbsent(d.currency(), c -> new ArrayList<>()).add(d));
            List<CurrencySales> currencies = new ArrayList<>();
            byCurrency.forEach((currency, ofCurrency) -> currencies.add(currency(range, currency, ofCurrency)));
            return new SalesReport(range.merchantId(), range.from(), range.to(), range.grouping(), previous.from(),
                    previous.to(), currencies);
        });
    }

    public Uni<FunnelReport> funnel(ReportRange range, UUID productId, int limit) {
        return repository.shopFunnel(range.merchantId(), range.from(), range.to())
                .chain(shop -> repository.productFunnels(range.merchantId(), range.from(), range.to(), productId, limit)
                        .map(products -> new FunnelReport(range.merchantId(), range.from(), range.to(), figures(shop),
                                products.stream().map(p -> new ProductFunnel(p.productId(), figures(p))).toList())));
    }

    private static CurrencySales currency(ReportRange range, String currency, List<SalesDay> days) {
        SalesFigures total = SalesFigures.NONE;
        SalesFigures previous = SalesFigures.NONE;
        Map<LocalDate, SalesFigures> byPeriod = new TreeMap<>();
        for (SalesDay day : days) {
            SalesFigures figures = SalesFigures.of(day.revenueMinor(), day.orders(), day.units(), day.refunds(),
                    day.refundedMinor());
            if (day.day().isBefore(range.from())) {
                previous = previous.plus(figures);
            } else {
                total = total.plus(figures);
                byPeriod.merge(range.grouping().start(day.day()), figures, SalesFigures::plus);
            }
        }
        List<SalesPeriod> periods = new ArrayList<>();
        for (LocalDate start = range.grouping().start(range.from()); !start.isAfter(range.to());
                start = range.grouping().next(start)) {
            LocalDate first = start.isBefore(range.from()) ? range.from() : start;
            LocalDate last = range.grouping().next(start).minusDays(1);
            periods.add(new SalesPeriod(first, last.isAfter(range.to()) ? range.to() : last,
                    byPeriod.getOrDefault(start, SalesFigures.NONE)));
        }
        return new CurrencySales(currency, total, previous, SalesChange.between(total, previous), periods);
    }

    private static FunnelFigures figures(FunnelCounts counts) {
        return FunnelFigures.of(counts.views(), counts.cartAdds(), counts.checkouts(), counts.paidOrders());
    }
}
