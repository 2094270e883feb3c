package io.bazaar.statistics.ingest;

import static io.bazaar.orders.support.Shop.as;
import static io.bazaar.orders.support.Shop.checkout;
import static io.bazaar.orders.support.Shop.checkoutBody;
import static io.bazaar.orders.support.Shop.count;
import static io.bazaar.orders.support.Shop.one;
import static io.bazaar.statistics.support.Figures.analyst;
import static io.bazaar.statistics.support.Figures.inTransaction;
import static io.bazaar.statistics.support.Figures.ingest;
import static io.bazaar.statistics.support.Figures.pool;
import static io.bazaar.statistics.support.Figures.queue;
import static io.bazaar.statistics.support.Figures.shop;
import static io.bazaar.statistics.support.Figures.today;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.bazaar.orders.support.Shop;
import io.bazaar.orders.support.Shop.Customer;
import io.bazaar.statistics.contract.BehaviourEvent;
import io.bazaar.statistics.contract.BehaviourEvents;
import io.bazaar.statistics.contract.EventLine;
import io.bazaar.statistics.contract.ViewSource;
import io.bazaar.statistics.contract.Visitor;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Behaviour events from the areas where they happen to the daily roll-ups: through the real catalog, cart and orders
 * APIs, the events queue on moto's SQS and the statistics-ingest job, on PostgreSQL.
 */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class BehaviourEventsTest {

    @Test
    void aShoppersJourneyBecomesTheShopsFunnelAndSales() {
        String zone = "Asia/Shanghai";
        UUID merchant = shop(zone);
        UUID sku = Shop.sku(merchant, "Celadon teapot", 2500, 50);
        UUID product = one("select product_id from skus where id = $1", Tuple.of(sku)).getUUID(0);
        String guestCookie = "v-" + UUID.randomUUID();
        given().cookie(Visitor.COOKIE, guestCookie)
                .get("/api/catalog/products/" + product + "?source=search&q=teapot&position=2").then().statusCode(200);
        Customer buyer = Shop.customer();
        as(buyer.token()).get("/api/catalog/products/" + product + "?source=category").then().statusCode(200);
        as(buyer.token()).body(Map.of("skuId", sku, "quantity", 2)).post("/api/cart/lines").then().statusCode(200);
        as(buyer.token()).body(Map.of("address", Shop.address())).post("/api/orders/checkout/quote").then().statusCode(200);
        JsonPath placed = checkout(buyer.token(), "k-" + UUID.randomUUID(), checkoutBody()).then().statusCode(201)
                .extract().jsonPath();
        String number = placed.getString("orders[0].orderNumber");
        int total = placed.getInt("orders[0].totalMinor");
        Shop.pay(number, buyer);
        as(Shop.staffToken(merchant, "orders")).header("Idempotency-Key", "r-" + UUID.randomUUID())
                .body(Map.of("amountMinor", 500, "reason", "chipped lid")).post("/api/merchant/orders/" + number + "/refunds")
                .then().statusCode(201);

        ingest();

        String today = today(zone).toString();
        as(analyst(merchant)).get("/api/merchant/statistics/funnel?from=" + today + "&to=" + today).then().statusCode(200)
                .body("shop.views", equalTo(2)).body("shop.cartAdds", equalTo(1)).body("shop.checkouts", equalTo(1))
                .body("shop.paidOrders", equalTo(1)).body("shop.cartRate", equalTo(0.5f))
                .body("shop.conversionRate", equalTo(0.5f))
                .body("products[0].productId", equalTo(product.toString())).body("products[0].funnel.views", equalTo(2))
                .body("products[0].funnel.paidOrders", equalTo(1));
        as(analyst(merchant)).get("/api/merchant/statistics/sales?from=" + today + "&to=" + today).then().statusCode(200)
                .body("currencies.size()", equalTo(1)).body("currencies[0].currency", equalTo("CNY"))
                .body("currencies[0].total.revenueMinor", equalTo(total)).body("currencies[0].total.orders", equalTo(1))
                .body("currencies[0].total.units", equalTo(2)).body("currencies[0].total.averageOrderValueMinor", equalTo(total))
                .body("currencies[0].total.refunds", equalTo(1)).body("currencies[0].total.refundedMinor", equalTo(500));

        Row click = one("select query, position, visitor_id from behaviour_events where product_id = $1 and kind = 'SEARCH_CLICK'",
                Tuple.of(product));
        assertEquals("teapot", click.getString("query"));
        assertEquals(2, click.getInteger("position"));
        assertEquals(3, count("select count(*) from behaviour_events where account_id = $1 and kind in "
                + "('PRODUCT_VIEW', 'CART_ADD', 'CHECKOUT_STARTED')", Tuple.of(buyer.id())));
        // ids and figures only: no e-mail, name or address of the buyer, and not the visitor's cookie itself
        assertEquals(0, count("select count(*) from behaviour_events e where (merchant_id = $1 or product_id = $2) and "
                + "(row_to_json(e)::text like '%' || $3 || '%' or row_to_json(e)::text like '%Li Lei%' "
                + "or row_to_json(e)::text like '%West Lake%' or row_to_json(e)::text like '%' || $4 || '%')",
                Tuple.of(merchant, product, buyer.email(), guestCookie)));
    }

    @Test
    void rollUpsEqualTheRawEventsTheySummarise() {
        String zone = "America/New_York";
        UUID merchant = shop(zone);
        UUID tea = UUID.randomUUID();
        UUID cups = UUID.randomUUID();
        Instant start = Instant.now().minus(4, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        List<BehaviourEvent> queued = new ArrayList<>();
        List<BehaviourEvent> transactional = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // every 2h 20m over four days: events on both sides of New York's midnight
            Instant at = start.plus(Duration.ofMinutes(140L * i));
            UUID product = i % 3 == 0 ? cups : tea;
            Visitor who = new Visitor(UUID.randomUUID(), i % 2 == 0 ? null : UUID.randomUUID());
            List<EventLine> lines = List.of(new EventLine(tea, UUID.randomUUID(), 1 + i % 2, 1200), new EventLine(cups, null, 2, 800));
            switch (i % 7) {
                case 0, 1 -> queued.add(BehaviourEvent.productView(who, merchant, product, ViewSource.DIRECT, at));
                case 2 -> queued.add(BehaviourEvent.cartAdd(who, merchant, product, UUID.randomUUID(), 1, at));
                case 3 -> queued.add(BehaviourEvent.checkoutStarted(who, merchant, "CNY", 2000, lines, at));
                case 4 -> transactional.add(BehaviourEvent.orderPaid(who.accountId(), merchant, "N" + i, i % 2 == 0 ? "CNY" : "USD",
                        2000 + i, lines, at));
                case 5 -> transactional.add(BehaviourEvent.orderRefunded(UUID.randomUUID(), who.accountId(), merchant, "N" + i,
                        "CNY", 300 + i, lines, at));
                default -> queued.add(BehaviourEvent.favourite(who, merchant, product, at));
            }
        }
        queue(queued.toArray(BehaviourEvent[]::new));
        inTransaction(transactional.toArray(BehaviourEvent[]::new));

        ingest();

        Tuple args = Tuple.of(merchant, zone);
        assertEquals(rows("select day::text, views, cart_adds, cart_removes, checkouts, orders_placed, orders_paid, "
                + "orders_cancelled, reviews, favourites, search_clicks from (select (occurred_at at time zone $2)::date as day, "
                + kinds("PRODUCT_VIEW", "CART_ADD", "CART_REMOVE", "CHECKOUT_STARTED", "ORDER_PLACED", "ORDER_PAID",
                        "ORDER_CANCELLED", "REVIEW_WRITTEN", "FAVOURITE", "SEARCH_CLICK")
                + " from behaviour_events where merchant_id = $1 and kind not in ('SEARCH', 'ORDER_REFUNDED') group by 1) r "
                + "order by day", args),
                rows("select day::text, views, cart_adds, cart_removes, checkouts, orders_placed, orders_paid, orders_cancelled, "
                        + "reviews, favourites, search_clicks from statistics_shop_days where merchant_id = $1 "
                        + "order by day", Tuple.of(merchant)));
        assertEquals(rows("select (occurred_at at time zone $2)::date::text as day, currency, "
                + "count(*) filter (where kind = 'ORDER_PAID'), coalesce(sum(quantity) filter (where kind = 'ORDER_PAID'), 0), "
                + "coalesce(sum(amount_minor) filter (where kind = 'ORDER_PAID'), 0), count(*) filter (where kind = 'ORDER_REFUNDED'), "
                + "coalesce(sum(amount_minor) filter (where kind = 'ORDER_REFUNDED'), 0) from behaviour_events "
                + "where merchant_id = $1 and kind in ('ORDER_PAID', 'ORDER_REFUNDED') group by 1, 2 order by 1, 2", args),
                rows("select day::text, currency, orders, units, revenue_minor, refunds, refunded_minor from statistics_sales_days "
                        + "where merchant_id = $1 order by day, currency", Tuple.of(merchant)));
        // per product: the direct events, and the checkout and paid events' lines (each product once per event)
        assertEquals(rows("select day::text, product_id::text, sum(views), sum(cart_adds), sum(checkouts), sum(paid), sum(units), "
                + "sum(favourites) from (select (occurred_at at time zone $2)::date as day, product_id, "
                + "(kind = 'PRODUCT_VIEW')::int views, (kind = 'CART_ADD')::int cart_adds, 0 checkouts, 0 paid, 0 units, "
                + "(kind = 'FAVOURITE')::int favourites from behaviour_events where merchant_id = $1 and product_id is not null "
                + "union all select day, product_id, 0, 0, (kind = 'CHECKOUT_STARTED')::int, (kind = 'ORDER_PAID')::int, "
                + "case when kind = 'ORDER_PAID' then units else 0 end, 0 from (select e.id, e.kind, "
                + "(e.occurred_at at time zone $2)::date as day, (l ->> 'productId')::uuid product_id, sum((l ->> 'quantity')::int) units "
                + "from behaviour_events e, jsonb_array_elements(e.lines) l where e.merchant_id = $1 "
                + "and e.kind in ('CHECKOUT_STARTED', 'ORDER_PAID') group by 1, 2, 3, 4) per_event) r group by 1, 2 order by 1, 2", args),
                rows("select day::text, product_id::text, views, cart_adds, checkouts, orders_paid, units_paid, favourites "
                        + "from statistics_product_days where merchant_id = $1 order by day, product_id", Tuple.of(merchant)));
        assertEquals(0, count("select count(*) from behaviour_events where merchant_id = $1 and not counted", Tuple.of(merchant)));
    }

    @Test
    void aRetriedEventIsCountedOnce() {
        UUID merchant = shop("UTC");
        BehaviourEvent view = BehaviourEvent.productView(new Visitor(UUID.randomUUID(), null), merchant, UUID.randomUUID(),
                ViewSource.SHARED_LINK, Instant.now());
        queue(view);
        queue(view);
        ingest();
        // the same id again later, through the transaction path and the queue: an event stored once is never added twice
        inTransaction(view);
        queue(view);
        ingest();
        assertEquals(1, count("select count(*) from behaviour_events where id = $1", Tuple.of(view.id())));
        assertEquals(1, count("select views from statistics_shop_days where merchant_id = $1", Tuple.of(merchant)));
        // the order events' ids come from the order: a repeated transition records the same event
        BehaviourEvent paid = BehaviourEvent.orderPaid(null, merchant, "N-1", "CNY", 900, List.of(), Instant.now());
        inTransaction(paid);
        inTransaction(BehaviourEvent.orderPaid(null, merchant, "N-1", "CNY", 900, List.of(), Instant.now()));
        ingest();
        assertEquals(900, count("select revenue_minor from statistics_sales_days where merchant_id = $1", Tuple.of(merchant)));
    }

    @Test
    void aLateEventCountsInItsOwnDay() {
        String zone = "Europe/Berlin";
        UUID merchant = shop(zone);
        UUID product = UUID.randomUUID();
        Visitor who = new Visitor(UUID.randomUUID(), null);
        queue(BehaviourEvent.productView(who, merchant, product, ViewSource.DIRECT, Instant.now()));
        ingest();
        Instant threeDaysAgo = Instant.now().minus(3, ChronoUnit.DAYS);
        queue(BehaviourEvent.productView(who, merchant, product, ViewSource.DIRECT, threeDaysAgo),
                BehaviourEvent.cartAdd(who, merchant, product, UUID.randomUUID(), 1, threeDaysAgo));
        ingest();
        String today = today(zone).toString();
        String then = today(zone).minusDays(3).toString();
        as(analyst(merchant)).get("/api/merchant/statistics/funnel?from=" + today + "&to=" + today).then().statusCode(200)
                .body("shop.views", equalTo(1)).body("shop.cartAdds", equalTo(0));
        as(analyst(merchant)).get("/api/merchant/statistics/funnel?from=" + then + "&to=" + then).then().statusCode(200)
                .body("shop.views", equalTo(1)).body("shop.cartAdds", equalTo(1)).body("shop.cartRate", equalTo(1.0f));
    }

    @Test
    void aRolledBackCheckoutRecordsNothing() {
        UUID merchant = shop("UTC");
        UUID sku = Shop.sku(merchant, "Last vase", 4000, 1);
        Customer buyer = Shop.customer();
        Shop.cart(buyer.id(), Map.of(sku, 2));
        checkout(buyer.token(), "k-" + UUID.randomUUID(), checkoutBody()).then().statusCode(409);
        assertEquals(0, count("select count(*) from behaviour_events where account_id = $1", Tuple.of(buyer.id())));

        // the recorder writes in the caller's transaction: rolled back, the event is gone with it
        BehaviourEvent placed = BehaviourEvent.orderPlaced(buyer.id(), merchant, "N-" + UUID.randomUUID(), "CNY", 4000,
                List.of(), Instant.now());
        BehaviourEvents recorder = Arc.container().instance(BehaviourEvents.class).get();
        assertThrows(IllegalStateException.class, () -> pool().withTransaction(tx -> recorder.record(tx, placed)
                .chain(() -> Uni.createFrom().failure(new IllegalStateException("payment record failed"))))
                .await().atMost(Duration.ofSeconds(10)));
        assertEquals(0, count("select count(*) from behaviour_events where id = $1", Tuple.of(placed.id())));
        // and a committed checkout has its order event as soon as it commits
        Shop.sql("update skus set stock = 5 where id = $1", Tuple.of(sku));
        String number = checkout(buyer.token(), "k-" + UUID.randomUUID(), checkoutBody()).then().statusCode(201).extract()
                .path("orders[0].orderNumber");
        assertEquals(1, count("select count(*) from behaviour_events where order_number = $1 and kind = 'ORDER_PLACED'",
                Tuple.of(number)));
    }

    @Test
    void rawEventsPastTheirRetentionArePurgedAndTheirFiguresStay() {
        UUID merchant = shop("UTC");
        Instant old = Instant.now().minus(100, ChronoUnit.DAYS);
        BehaviourEvent view = BehaviourEvent.productView(new Visitor(UUID.randomUUID(), null), merchant, UUID.randomUUID(),
                ViewSource.RECOMMENDATION, old);
        BehaviourEvent recent = BehaviourEvent.productView(new Visitor(UUID.randomUUID(), null), merchant, UUID.randomUUID(),
                ViewSource.RECOMMENDATION, Instant.now());
        inTransaction(view, recent);
        EventPurgeJob purge = Arc.container().instance(EventPurgeJob.class).get();
        // not yet rolled up: kept, whatever its age
        purge.run().await().atMost(Duration.ofSeconds(30));
        assertEquals(1, count("select count(*) from behaviour_events where id = $1", Tuple.of(view.id())));
        ingest();
        purge.run().await().atMost(Duration.ofSeconds(30));
        assertEquals(0, count("select count(*) from behaviour_events where id = $1", Tuple.of(view.id())));
        assertEquals(1, count("select count(*) from behaviour_events where id = $1", Tuple.of(recent.id())));
        assertEquals(2, count("select sum(views) from statistics_shop_days where merchant_id = $1", Tuple.of(merchant)));
    }

    private static String kinds(String... kinds) {
        List<String> columns = new ArrayList<>();
        String[] names = {"views", "cart_adds", "cart_removes", "checkouts", "orders_placed", "orders_paid", "orders_cancelled",
                "reviews", "favourites", "search_clicks"};
        for (int i = 0; i < kinds.length; i++) {
            columns.add("count(*) filter (where kind = '" + kinds[i] + "') " + names[i]);
        }
        return String.join(", ", columns);
    }

    /** The rows as text, without all-zero ones (a roll-up row holds only what some event added). */
    private static List<String> rows(String sql, Tuple args) {
        List<String> rows = new ArrayList<>();
        pool().preparedQuery(sql).execute(args).await().atMost(Duration.ofSeconds(10)).forEach(row -> {
            StringBuilder text = new StringBuilder();
            boolean counted = false;
            for (int i = 0; i < row.size(); i++) {
                Object value = row.getValue(i);
                if (value instanceof Number n) {
                    counted |= n.longValue() != 0;
                    value = n.longValue();
                }
                text.append(value).append('|');
            }
            if (counted) {
                rows.add(text.toString());
            }
        });
        assertFalse(rows.isEmpty(), "no rows for " + sql);
        assertTrue(rows.size() < 1000);
        return rows;
    }
}
