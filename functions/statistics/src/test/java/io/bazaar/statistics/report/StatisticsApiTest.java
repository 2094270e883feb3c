package io.bazaar.statistics.report;

import static io.bazaar.orders.support.Shop.as;
import static io.bazaar.statistics.support.Figures.analyst;
import static io.bazaar.statistics.support.Figures.inTransaction;
import static io.bazaar.statistics.support.Figures.ingest;
import static io.bazaar.statistics.support.Figures.shop;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.bazaar.orders.support.Shop;
import io.bazaar.statistics.contract.BehaviourEvent;
import io.bazaar.statistics.contract.EventLine;
import io.bazaar.statistics.contract.ViewSource;
import io.bazaar.statistics.contract.Visitor;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * GET /api/merchant/statistics/sales and /funnel: the figures, their grouping and comparison, who may read whose, and
 * every bad parameter. Each test's shops sell on days of their own (in 2024), so the admin's all-shops sums are theirs.
 */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class StatisticsApiTest {

    private static final String SALES = "/api/merchant/statistics/sales";
    private static final String FUNNEL = "/api/merchant/statistics/funnel";

    @Test
    void salesAreGroupedByDayWeekOrMonthAndComparedWithThePreviousPeriod() {
        UUID merchant = shop("Asia/Shanghai");
        // 2024-03-04 is a Monday; 00:30 in Shanghai is the evening before in UTC: the shop's day counts
        paid(merchant, "2024-03-04T16:30:00Z", 1000, 2, "CNY"); // 2024-03-05 in Shanghai
        paid(merchant, "2024-03-11T16:30:00Z", 3000, 1, "CNY"); // 2024-03-12
        refunded(merchant, "2024-03-13T02:00:00Z", 500, "CNY");
        paid(merchant, "2024-02-20T02:00:00Z", 2000, 1, "CNY"); // the previous 14 days
        paid(merchant, "2024-03-06T02:00:00Z", 1999, 1, "USD");
        ingest();

        ValidatableResponse week = as(analyst(merchant)).get(SALES + "?from=2024-03-04&to=2024-03-17&grouping=week").then()
                .statusCode(200).body("merchantId", equalTo(merchant.toString())).body("grouping", equalTo("WEEK"))
                .body("previousFrom", equalTo("2024-02-19")).body("previousTo", equalTo("2024-03-03"))
                .body("currencies.currency", equalTo(List.of("CNY", "USD")));
        week.body("currencies[0].total.revenueMinor", equalTo(4000)).body("currencies[0].total.orders", equalTo(2))
                .body("currencies[0].total.units", equalTo(3)).body("currencies[0].total.averageOrderValueMinor", equalTo(2000))
                .body("currencies[0].total.refunds", equalTo(1)).body("currencies[0].total.refundedMinor", equalTo(500))
                .body("currencies[0].previous.revenueMinor", equalTo(2000)).body("currencies[0].previous.orders", equalTo(1))
                .body("currencies[0].change.revenue", equalTo(100.0f)).body("currencies[0].change.orders", equalTo(100.0f))
                .body("currencies[0].change.averageOrderValue", equalTo(0.0f))
                .body("currencies[0].change.refunded", nullValue())
                .body("currencies[0].periods.start", equalTo(List.of("2024-03-04", "2024-03-11")))
                .body("currencies[0].periods.end", equalTo(List.of("2024-03-10", "2024-03-17")))
                .body("currencies[0].periods.sales.revenueMinor", equalTo(List.of(1000, 3000)))
                .body("currencies[1].total.revenueMinor", equalTo(1999)).body("currencies[1].change.revenue", nullValue());
        // a month at the range's edge is cut to the range
        as(analyst(merchant)).get(SALES + "?from=2024-03-04&to=2024-03-17&grouping=month").then().statusCode(200)
                .body("currencies[0].periods.size()", equalTo(1)).body("currencies[0].periods[0].start", equalTo("2024-03-04"))
                .body("currencies[0].periods[0].end", equalTo("2024-03-17"))
                .body("currencies[0].periods[0].sales.revenueMinor", equalTo(4000));
        // by day (the default): every day of the range, the quiet ones too
        as(analyst(merchant)).get(SALES + "?from=2024-03-04&to=2024-03-17").then().statusCode(200)
                .body("grouping", equalTo("DAY")).body("currencies[0].periods.size()", equalTo(14))
                .body("currencies[0].periods[1].start", equalTo("2024-03-05"))
                .body("currencies[0].periods[1].sales.revenueMinor", equalTo(1000))
                .body("currencies[0].periods[0].sales.revenueMinor", equalTo(0));
    }

    @Test
    void theFunnelListsTheShopAndItsMostViewedProducts() {
        UUID merchant = shop("UTC");
        UUID teapot = UUID.randomUUID();
        UUID cup = UUID.randomUUID();
        Visitor who = new Visitor(UUID.randomUUID(), null);
        Instant at = Instant.parse("2024-05-02T10:00:00Z");
        List<BehaviourEvent> events = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            events.add(BehaviourEvent.productView(who, merchant, teapot, ViewSource.SEARCH, at));
        }
        events.add(BehaviourEvent.productView(who, merchant, cup, ViewSource.CATEGORY, at));
        events.add(BehaviourEvent.cartAdd(who, merchant, teapot, UUID.randomUUID(), 1, at));
        events.add(BehaviourEvent.cartAdd(who, merchant, cup, UUID.randomUUID(), 1, at));
        events.add(BehaviourEvent.checkoutStarted(who, merchant, "CNY", 3000, List.of(new EventLine(teapot, null, 1, 2000),
                new EventLine(cup, null, 1, 1000)), at));
        events.add(BehaviourEvent.orderPaid(null, merchant, "N-" + UUID.randomUUID(), "CNY", 3000,
                List.of(new EventLine(teapot, null, 1, 2000)), at));
        inTransaction(events.toArray(BehaviourEvent[]::new));
        ingest();

        as(analyst(merchant)).get(FUNNEL + "?from=2024-05-01&to=2024-05-03").then().statusCode(200)
                .body("shop.views", equalTo(5)).body("shop.cartAdds", equalTo(2)).body("shop.checkouts", equalTo(1))
                .body("shop.paidOrders", equalTo(1)).body("shop.cartRate", equalTo(0.4f))
                .body("shop.checkoutRate", equalTo(0.5f)).body("shop.paidRate", equalTo(1.0f))
                .body("shop.conversionRate", equalTo(0.2f))
                .body("products.productId", equalTo(List.of(teapot.toString(), cup.toString())))
                .body("products[0].funnel.views", equalTo(4)).body("products[0].funnel.paidOrders", equalTo(1))
                .body("products[1].funnel.checkouts", equalTo(1)).body("products[1].funnel.paidRate", equalTo(0.0f));
        as(analyst(merchant)).get(FUNNEL + "?from=2024-05-01&to=2024-05-03&productId=" + cup).then().statusCode(200)
                .body("products.size()", equalTo(1)).body("products[0].funnel.views", equalTo(1));
        as(analyst(merchant)).get(FUNNEL + "?from=2024-05-01&to=2024-05-03&limit=1").then().statusCode(200)
                .body("products.size()", equalTo(1));
        // a day without views: no rates rather than a division by zero
        as(analyst(merchant)).get(FUNNEL + "?from=2024-06-01&to=2024-06-01").then().statusCode(200)
                .body("shop.views", equalTo(0)).body("shop.cartRate", nullValue()).body("products.size()", equalTo(0));
    }

    @Test
    void aMerchantNeverSeesAnothersFigures() {
        UUID mine = shop("UTC");
        UUID theirs = shop("UTC");
        paid(theirs, "2024-07-02T10:00:00Z", 5000, 1, "CNY");
        inTransaction(BehaviourEvent.productView(new Visitor(UUID.randomUUID(), null), theirs, UUID.randomUUID(),
                ViewSource.DIRECT, Instant.parse("2024-07-02T10:00:00Z")));
        ingest();
        String range = "?from=2024-07-01&to=2024-07-03";
        as(analyst(mine)).get(SALES + range).then().statusCode(200).body("merchantId", equalTo(mine.toString()))
                .body("currencies.size()", equalTo(0));
        as(analyst(mine)).get(FUNNEL + range).then().statusCode(200).body("shop.views", equalTo(0));
        problem(as(analyst(mine)).get(SALES + range + "&merchantId=" + theirs).then(), 403).body("type", endsWith("/not-your-shop"));
        problem(as(analyst(mine)).get(FUNNEL + range + "&merchantId=" + theirs).then(), 403);
        // naming their own shop is fine
        as(analyst(theirs)).get(SALES + range + "&merchantId=" + theirs).then().statusCode(200)
                .body("currencies[0].total.revenueMinor", equalTo(5000));
    }

    @Test
    void platformAdminsSeeOneShopOrAllShopsTogether() {
        UUID one = shop("UTC");
        UUID other = shop("UTC");
        paid(one, "2024-08-06T10:00:00Z", 1000, 1, "EUR");
        paid(other, "2024-08-06T12:00:00Z", 2500, 1, "EUR");
        ingest();
        String range = "?from=2024-08-05&to=2024-08-07";
        as(Shop.adminToken()).get(SALES + range + "&merchantId=" + one).then().statusCode(200)
                .body("merchantId", equalTo(one.toString())).body("currencies[0].total.revenueMinor", equalTo(1000));
        as(Shop.adminToken()).get(SALES + range).then().statusCode(200).body("merchantId", nullValue())
                .body("currencies[0].currency", equalTo("EUR")).body("currencies[0].total.revenueMinor", equalTo(3500))
                .body("currencies[0].total.orders", equalTo(2));
    }

    @Test
    void onlyStaffWithTheStatisticsPermissionReadTheirShopsFigures() {
        UUID merchant = shop("UTC");
        for (String path : List.of(SALES, FUNNEL)) {
            problem(as(Shop.staffToken(merchant, "orders", "products")).get(path).then(), 403)
                    .body("type", endsWith("/missing-permission"));
            problem(as(Shop.customer().token()).get(path).then(), 403);
            problem(given().get(path).then(), 401);
        }
        // no range: the last 30 days, by day
        as(analyst(merchant)).get(SALES).then().statusCode(200).body("grouping", equalTo("DAY"));
        as(analyst(merchant)).get(FUNNEL).then().statusCode(200).body("shop.views", equalTo(0));
    }

    @Test
    void badParametersAreRefusedWithEveryFieldNamed() {
        String staff = analyst(shop("UTC"));
        problem(as(staff).get(SALES + "?from=2024-13-01&to=yesterday").then(), 400)
                .body("errors.field", hasItems("from", "to"));
        problem(as(staff).get(SALES + "?grouping=year").then(), 400).body("errors.field", hasItem("grouping"));
        problem(as(staff).get(SALES + "?from=2024-03-10&to=2024-03-01").then(), 400).body("errors.field", equalTo(List.of("to")));
        problem(as(staff).get(SALES + "?from=2020-01-01&to=2024-01-01").then(), 400).body("errors.field", equalTo(List.of("to")));
        problem(as(staff).get(SALES + "?merchantId=not-a-shop").then(), 400).body("errors.field", equalTo(List.of("merchantId")));
        problem(as(staff).get(FUNNEL + "?limit=0").then(), 400).body("errors.field", equalTo(List.of("limit")));
        problem(as(staff).get(FUNNEL + "?limit=many&productId=nope").then(), 400)
                .body("errors.field", hasItems("limit", "productId"));
        problem(as(Shop.adminToken()).get(FUNNEL + "?limit=101").then(), 400).body("errors.field", equalTo(List.of("limit")));
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType(startsWith("application/problem+json")).body("status", equalTo(status));
    }

    private static void paid(UUID merchant, String at, long totalMinor, int units, String currency) {
        inTransaction(BehaviourEvent.orderPaid(UUID.randomUUID(), merchant, "N-" + UUID.randomUUID(), currency, totalMinor,
                List.of(new EventLine(UUID.randomUUID(), UUID.randomUUID(), units, totalMinor)), Instant.parse(at)));
    }

    private static void refunded(UUID merchant, String at, long amountMinor, String currency) {
        inTransaction(BehaviourEvent.orderRefunded(UUID.randomUUID(), UUID.randomUUID(), merchant, "N-" + UUID.randomUUID(),
                currency, amountMinor, List.of(), Instant.parse(at)));
    }
}
