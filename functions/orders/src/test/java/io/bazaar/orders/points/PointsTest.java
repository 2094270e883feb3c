package io.bazaar.orders.points;

import static io.bazaar.orders.support.Shop.adminToken;
import static io.bazaar.orders.support.Shop.as;
import static io.bazaar.orders.support.Shop.cart;
import static io.bazaar.orders.support.Shop.checkout;
import static io.bazaar.orders.support.Shop.checkoutBody;
import static io.bazaar.orders.support.Shop.count;
import static io.bazaar.orders.support.Shop.customer;
import static io.bazaar.orders.support.Shop.sku;
import static io.bazaar.orders.support.Shop.sql;
import static io.bazaar.orders.support.Shop.staffToken;
import static io.bazaar.orders.support.Shop.verifiedCustomer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.bazaar.orders.order.service.OrderJobs;
import io.bazaar.orders.points.service.PointsLedger;
import io.bazaar.orders.support.Shop.Customer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class PointsTest {

    @Inject
    OrderJobs jobs;
    @Inject
    PointsLedger ledger;
    @Inject
    Pool pool;

    @Test
    void spendingMorePointsThanTheBalanceIsRefusedAndChangesNothing() {
        Customer shopper = customer();
        grant(shopper, 300);
        UUID tee = sku(UUID.randomUUID(), "Points tee", 10_000, 5);
        cart(shopper.id(), Map.of(tee, 1));
        as(shopper.token()).body(Map.of("address", io.bazaar.orders.support.Shop.address(), "points", 301))
                .post("/api/orders/checkout/quote").then().statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("/insufficient-points"));
        checkout(shopper.token(), "k-" + UUID.randomUUID(), spending(301)).then().statusCode(422)
                .body("type", endsWith("/insufficient-points"));
        checkout(shopper.token(), "k-" + UUID.randomUUID(), spending(-1)).then().statusCode(400)
                .body("errors.field", hasItem("points"));
        assertEquals(0, count("select count(*) from checkouts where account_id = $1", Tuple.of(shopper.id())));
        assertEquals(5, io.bazaar.orders.support.Shop.stockOf(tee));
        balance(shopper, 300);
    }

    @Test
    void pointsPayForAtMostHalfTheGoodsAndTheQuoteShowsTheBreakdown() {
        Customer shopper = customer();
        grant(shopper, 5_000);
        cart(shopper.id(), Map.of(sku(UUID.randomUUID(), "Half tee", 6_000, 5), 1));
        JsonPath quote = as(shopper.token()).body(Map.of("address", io.bazaar.orders.support.Shop.address(), "points", 2_000))
                .post("/api/orders/checkout/quote").then().statusCode(200)
                .body("pointsSpent", equalTo(2_000)).body("pointsValueMinor", equalTo(2_000))
                .body("discountMinor", equalTo(2_000)).body("pointsBalance", equalTo(5_000))
                .body("pointsMaxSpendable", equalTo(3_000)).body("pointsToEarn", equalTo(40))
                .body("member", equalTo(false)).extract().jsonPath();
        assertEquals(6_000 - 2_000 + quote.getLong("shippingMinor"), quote.getLong("grandTotalMinor"));
        as(shopper.token()).body(Map.of("address", io.bazaar.orders.support.Shop.address(), "points", 3_001))
                .post("/api/orders/checkout/quote").then().statusCode(422).body("type", endsWith("/points-over-limit"));
        checkout(shopper.token(), "k-" + UUID.randomUUID(), spending(2_000)).then().statusCode(201)
                .body("grandTotalMinor", equalTo(quote.getInt("grandTotalMinor")))
                .body("orders[0].discountMinor", equalTo(2_000));
        balance(shopper, 3_000);
        as(shopper.token()).get("/api/me/points/entries").then().statusCode(200)
                .body("items[0].reason", equalTo("SPENT")).body("items[0].amount", equalTo(-2_000))
                .body("items[1].reason", equalTo("ADJUSTED")).body("total", equalTo(2));
    }

    @Test
    void concurrentCheckoutsNeverSpendMoreThanTheBalance() throws Exception {
        Customer shopper = customer();
        grant(shopper, 1_000);
        cart(shopper.id(), Map.of(sku(UUID.randomUUID(), "Race tee", 10_000, 100), 1));
        List<Response> responses = parallel(10, () -> checkout(shopper.token(), "k-" + UUID.randomUUID(), spending(300)));
        long placed = responses.stream().filter(r -> r.statusCode() == 201).count();
        long refused = responses.stream().filter(r -> r.statusCode() == 422 && r.asString().contains("insufficient-points")).count();
        // a checkout that starts after another has committed may find the line already gone from the cart
        long emptied = responses.stream().filter(r -> r.statusCode() == 422 && r.asString().contains("nothing-selected")).count();
        assertEquals(3, placed, () -> responses.stream().map(Response::asString).toList().toString());
        assertEquals(7, refused + emptied, () -> responses.stream().map(Response::asString).toList().toString());
        assertTrue(refused >= 1, "some checkouts raced for the same points");
        balance(shopper, 100);
        assertEquals(3, count("select count(*) from points_entries where account_id = $1 and reason = 'SPENT'",
                Tuple.of(shopper.id())));
    }

    @Test
    void theLedgerLockSerialisesSpendsOfOneAccount() throws Exception {
        Customer shopper = customer();
        grant(shopper, 500);
        // straight at the ledger, without checkout's other row locks: only the account's lock keeps the sum >= 0
        List<Boolean> spent = parallel(12, () -> {
            try {
                pool.withTransaction(tx -> ledger.spend(tx, shopper.id(), UUID.randomUUID(), 100, Instant.now()))
                        .await().atMost(Duration.ofSeconds(30));
                return true;
            } catch (io.bazaar.platform.problem.ProblemException e) {
                return false;
            }
        });
        assertEquals(5, spent.stream().filter(Boolean::booleanValue).count());
        assertEquals(0, count("select coalesce(sum(amount), 0) from points_entries where account_id = $1", Tuple.of(shopper.id())));
    }

    @Test
    void aCompletedOrderEarnsAndAVerifiedMemberEarnsTwice() {
        Customer plain = customer();
        Customer member = verifiedCustomer();
        String plainOrder = complete(plain, 12_345);
        String memberOrder = complete(member, 12_345);
        // 123.45 of goods at 1 point a yuan = 123 points; a verified member x2
        balance(plain, 123);
        balance(member, 246);
        as(member.token()).get("/api/me/points/entries").then().body("items[0].reason", equalTo("EARNED"))
                .body("items[0].source", equalTo("order:" + memberOrder)).body("items[0].expiresAt", org.hamcrest.Matchers.notNullValue());
        // completing again earns nothing more
        jobs.completeDelivered(Instant.now().plus(Duration.ofDays(40))).await().indefinitely();
        balance(plain, 123);
        assertEquals(1, count("select count(*) from points_entries where source = $1", Tuple.of("order:" + plainOrder)));
    }

    @Test
    void refundsClawBackEarnedPointsInProportion() {
        Customer shopper = customer();
        UUID merchant = UUID.randomUUID();
        String number = complete(shopper, merchant, 10_000);
        balance(shopper, 100);
        String staff = staffToken(merchant, "orders");
        refund(staff, number, Map.of("amountMinor", 2_500)).then().statusCode(201);
        balance(shopper, 75);
        refund(staff, number, Map.of()).then().statusCode(201);
        balance(shopper, 0);
        as(shopper.token()).get("/api/me/points/entries").then().body("items[0].reason", equalTo("CLAWED_BACK"))
                .body("items[0].amount", equalTo(-75)).body("items[1].amount", equalTo(-25));
    }

    @Test
    void aRefundBeforeCompletionReducesWhatIsPosted() {
        Customer shopper = customer();
        UUID merchant = UUID.randomUUID();
        String number = paidAndDelivered(shopper, merchant, 10_000);
        refund(staffToken(merchant, "orders"), number, Map.of("amountMinor", 4_000)).then().statusCode(201);
        balance(shopper, 0);
        jobs.completeDelivered(Instant.now().plus(Duration.ofDays(30))).await().indefinitely();
        balance(shopper, 60);
    }

    @Test
    void aClawbackNeverTakesTheBalanceBelowZero() {
        Customer shopper = customer();
        UUID merchant = UUID.randomUUID();
        String number = complete(shopper, merchant, 10_000);
        adjust(shopper, -80, 201);
        refund(staffToken(merchant, "orders"), number, Map.of()).then().statusCode(201);
        balance(shopper, 0);
    }

    @Test
    void cancellingAnUnpaidOrderGivesTheSpentPointsBack() {
        Customer shopper = customer();
        grant(shopper, 1_000);
        cart(shopper.id(), Map.of(sku(UUID.randomUUID(), "Cancel tee", 5_000, 5), 1));
        String number = checkout(shopper.token(), "k-" + UUID.randomUUID(), spending(800)).then().statusCode(201)
                .extract().path("orders[0].orderNumber");
        balance(shopper, 200);
        as(shopper.token()).post("/api/orders/" + number + "/cancel").then().statusCode(200);
        balance(shopper, 1_000);
        as(shopper.token()).get("/api/me/points/entries").then().body("items[0].reason", equalTo("REFUND_OF_SPEND"))
                .body("items[0].source", equalTo("order:" + number));
    }

    @Test
    void pointsExpireFirstInFirstOut() {
        Customer shopper = customer();
        grant(shopper, 100);
        adjust(shopper, -30, 201);
        grant(shopper, 50);
        // the first lot is past its date, the second expires in 10 days
        sql("update points_entries set expires_at = now() - interval '35 days' where account_id = $1 and amount = 100",
                Tuple.of(shopper.id()));
        sql("update points_entries set expires_at = now() + interval '10 days' where account_id = $1 and amount = 50",
                Tuple.of(shopper.id()));
        // the 30 taken came out of the oldest lot, so 70 of it expire and the newer 50 stay
        as(shopper.token()).get("/api/me/points").then().statusCode(200).body("balance", equalTo(50))
                .body("expiringSoon", equalTo(50)).body("lots[0].points", equalTo(50));
        ledger.expire(Instant.now()).await().indefinitely();
        assertEquals(-70, count("select amount from points_entries where account_id = $1 and reason = 'EXPIRED'",
                Tuple.of(shopper.id())));
        ledger.expire(Instant.now()).await().indefinitely();
        assertEquals(1, count("select count(*) from points_entries where account_id = $1 and reason = 'EXPIRED'",
                Tuple.of(shopper.id())), "a second run writes nothing more");
        ledger.expire(Instant.now().plus(Duration.ofDays(11))).await().indefinitely();
        assertEquals(0, count("select coalesce(sum(amount), 0) from points_entries where account_id = $1", Tuple.of(shopper.id())));
    }

    @Test
    void adjustmentsAreForThePlatformAdminWithAReason() {
        Customer shopper = customer();
        Map<String, Object> body = Map.of("accountId", shopper.id(), "amount", 10, "reason", "goodwill");
        as(shopper.token()).body(body).post("/api/admin/points/adjustments").then().statusCode(403);
        given().contentType("application/json").body(body).post("/api/admin/points/adjustments").then().statusCode(401);
        as(adminToken()).body(Map.of("accountId", shopper.id(), "amount", 0, "reason", "x")).post("/api/admin/points/adjustments")
                .then().statusCode(400).body("errors.field", hasItem("amount"));
        as(adminToken()).body(Map.of("accountId", shopper.id(), "amount", 5)).post("/api/admin/points/adjustments")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        as(adminToken()).body(Map.of("accountId", UUID.randomUUID(), "amount", 5, "reason", "x"))
                .post("/api/admin/points/adjustments").then().statusCode(404).body("type", endsWith("/account-not-found"));
        adjust(shopper, -1, 422);
        adjust(shopper, 10, 201);
        balance(shopper, 10);
        // the shopper reads the reason; who made the adjustment stays in the ledger for the audit
        as(shopper.token()).get("/api/me/points/entries").then().body("items[0].note", equalTo("test points"));
        assertTrue(io.bazaar.orders.support.Shop.one("select by_actor from points_entries where account_id = $1",
                Tuple.of(shopper.id())).getString(0).startsWith("platform-admin:"));
    }

    @Test
    void aShopperSeesOnlyTheirOwnPoints() {
        Customer owner = customer();
        Customer other = customer();
        grant(owner, 70);
        as(other.token()).get("/api/me/points").then().statusCode(200).body("balance", equalTo(0));
        as(other.token()).get("/api/me/points/entries").then().statusCode(200).body("total", equalTo(0));
        as(owner.token()).get("/api/me/points/entries?size=1000").then().statusCode(400).body("errors.field", hasItem("size"));
        given().get("/api/me/points").then().statusCode(401);
    }

    // --- fixtures: points come in through the admin's adjustment or a completed order, as in the shop

    static void grant(Customer shopper, long points) {
        adjust(shopper, points, 201);
    }

    private static void adjust(Customer shopper, long points, int status) {
        as(adminToken()).body(Map.of("accountId", shopper.id(), "amount", points, "reason", "test points"))
                .post("/api/admin/points/adjustments").then().statusCode(status);
    }

    static void balance(Customer shopper, long expected) {
        as(shopper.token()).get("/api/me/points").then().statusCode(200).body("balance", equalTo((int) expected));
    }

    private static Map<String, Object> spending(long points) {
        Map<String, Object> body = checkoutBody();
        body.put("points", points);
        return body;
    }

    private String complete(Customer shopper, long priceMinor) {
        return complete(shopper, UUID.randomUUID(), priceMinor);
    }

    private String complete(Customer shopper, UUID merchant, long priceMinor) {
        String number = paidAndDelivered(shopper, merchant, priceMinor);
        jobs.completeDelivered(Instant.now().plus(Duration.ofDays(8))).await().indefinitely();
        as(shopper.token()).get("/api/orders/" + number).then().body("status", equalTo("COMPLETED"));
        return number;
    }

    /** Checked out (free shipping by default), paid, shipped and confirmed received. */
    private static String paidAndDelivered(Customer shopper, UUID merchant, long priceMinor) {
        cart(shopper.id(), Map.of(sku(merchant, "Earning tee", priceMinor, 5), 1));
        JsonPath placed = checkout(shopper.token(), "k-" + UUID.randomUUID(), checkoutBody()).then().statusCode(201)
                .extract().jsonPath();
        String number = placed.getString("orders[0].orderNumber");
        given().post("/api/payments/sandbox/" + placed.getString("payment.paymentId") + "/complete").then().statusCode(200);
        as(staffToken(merchant, "orders")).body(Map.of("carrier", "SF", "trackingNumber", "T-" + number))
                .post("/api/merchant/orders/" + number + "/ship").then().statusCode(200);
        as(shopper.token()).post("/api/orders/" + number + "/confirm-receipt").then().statusCode(200);
        return number;
    }

    private static Response refund(String staff, String number, Map<String, Object> body) {
        return as(staff).header("Idempotency-Key", "r-" + UUID.randomUUID()).body(body)
                .post("/api/merchant/orders/" + number + "/refunds");
    }

    static <T> List<T> parallel(int n, Callable<T> call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(n);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(threads.submit(call));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            assertTrue(results.size() == n);
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
