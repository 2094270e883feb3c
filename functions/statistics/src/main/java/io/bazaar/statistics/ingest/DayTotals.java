package io.bazaar.statistics.ingest;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.bazaar.statistics.contract.EventLine;

/**
 * What a batch of raw events adds to the daily roll-ups: counts per shop and day, money per shop, day and currency,
 * counts per product and day. The day is the event's own (in the shop's time zone), so a late event lands in its day.
 */
final class DayTotals {

    /** The counted columns of statistics_shop_days, statistics_sales_days and statistics_product_days, in order. */
    static final List<String> SHOP = List.of("views", "cart_adds", "cart_removes", "checkouts", "orders_placed",
            "orders_paid", "orders_cancelled", "reviews", "favourites", "search_clicks");
    static final List<String> SALES = List.of("orders", "units", "revenue_minor", "refunds", "refunded_minor");
    static final List<String> PRODUCT = List.of("views", "cart_adds", "checkouts", "orders_paid", "units_paid", "reviews",
            "favourites");

    record ShopDay(UUID merchantId, LocalDate day) {
    }

    record SalesDay(UUID merchantId, LocalDate day, String currency) {
    }

    record ProductDay(UUID merchantId, UUID productId, LocalDate day) {
    }

    final Map<ShopDay, long[]> shops = new LinkedHashMap<>();
    final Map<SalesDay, long[]> sales = new LinkedHashMap<>();
    final Map<ProductDay, long[]> products = new LinkedHashMap<>();

    /** Adds one event, on its day; events of no shop (searches) are not rolled up. */
    void add(StoredEvent e, LocalDate day) {
        if (e.merchantId() == null) {
            return;
        }
        ShopDay shop = new ShopDay(e.merchantId(), day);
        switch (e.kind()) {
            case PRODUCT_VIEW -> {
                shop(shop, "views", 1);
                product(e, e.productId(), day, "views", 1);
            }
            case CART_ADD -> {
                shop(shop, "cart_adds", 1);
                product(e, e.productId(), day, "cart_adds", 1);
            }
            case CART_REMOVE -> shop(shop, "cart_removes", 1);
            case CHECKOUT_STARTED -> {
                shop(shop, "checkouts", 1);
                unitsByProduct(e.lines()).keySet().forEach(p -> product(e, p, day, "checkouts", 1));
            }
            case ORDER_PLACED -> shop(shop, "orders_placed", 1);
            case ORDER_PAID -> {
                shop(shop, "orders_paid", 1);
                SalesDay money = new SalesDay(e.merchantId(), day, e.currency());
                sales(money, "orders", 1);
                sales(money, "units", e.quantity());
                sales(money, "revenue_minor", e.amountMinor());
                unitsByProduct(e.lines()).forEach((p, units) -> {
                    product(e, p, day, "orders_paid", 1);
                    product(e, p, day, "units_paid", units);
                });
            }
            case ORDER_CANCELLED -> shop(shop, "orders_cancelled", 1);
            case ORDER_REFUNDED -> {
                SalesDay money = new SalesDay(e.merchantId(), day, e.currency());
                sales(money, "refunds", 1);
                sales(money, "refunded_minor", e.amountMinor());
            }
            case REVIEW_WRITTEN -> {
                shop(shop, "reviews", 1);
                product(e, e.productId(), day, "reviews", 1);
            }
            case FAVOURITE -> {
                shop(shop, "favourites", 1);
                product(e, e.productId(), day, "favourites", 1);
            }
            case SEARCH_CLICK -> shop(shop, "search_clicks", 1);
            case SEARCH -> {
                // spans shops: kept raw for the search reports
            }
        }
    }

    boolean isEmpty() {
        return shops.isEmpty() && sales.isEmpty() && products.isEmpty();
    }

    private void shop(ShopDay key, String column, long n) {
        shops.computeIfAbsent(key, k -> new long[SHOP.size()])[SHOP.indexOf(column)] += n;
    }

    private void sales(SalesDay key, String column, long n) {
        sales.computeIfAbsent(key, k -> new long[SALES.size()])[SALES.indexOf(column)] += n;
    }

    private void product(StoredEvent e, UUID productId, LocalDate day, String column, long n) {
        if (productId == null) {
            return;
        }
        products.computeIfAbsent(new ProductDay(e.merchantId(), productId, day),
                k -> new long[PRODUCT.size()])[PRODUCT.indexOf(column)] += n;
    }

    private static Map<UUID, Long> unitsByProduct(List<EventLine> lines) {
        Map<UUID, Long> units = new LinkedHashMap<>();
        lines.forEach(l -> units.merge(l.productId(), (long) l.quantity(), Long::sum));
        return units;
    }
}
