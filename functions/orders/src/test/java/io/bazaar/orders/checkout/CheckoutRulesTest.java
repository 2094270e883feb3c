package io.bazaar.orders.checkout;

import static io.bazaar.orders.support.Shop.adminToken;
import static io.bazaar.orders.support.Shop.as;
import static io.bazaar.orders.support.Shop.cart;
import static io.bazaar.orders.support.Shop.checkout;
import static io.bazaar.orders.support.Shop.checkoutBody;
import static io.bazaar.orders.support.Shop.count;
import static io.bazaar.orders.support.Shop.customer;
import static io.bazaar.orders.support.Shop.sku;
import static io.bazaar.orders.support.Shop.staffToken;
import static io.bazaar.orders.support.Shop.stockOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.bazaar.orders.support.Shop;
import io.bazaar.orders.support.Shop.Customer;
import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Tuple;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class CheckoutRulesTest {

    @Test
    void aCartWithTwoMerchantsBecomesTwoOrdersUnderOneCheckoutAndOnePayment() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID a = sku(first, "Tea", 1000, 5);
        UUID b = sku(second, "Cup", 2500, 5);
        Customer shopper = customer();
        cart(shopper.id(), Map.of(a, 1, b, 2));
        Response response = checkout(shopper.token(), "k-" + UUID.randomUUID(), checkoutBody());
        response.then().statusCode(201).body("orders", hasSize(2)).body("grandTotalMinor", equalTo(6000));
        List<String> merchants = response.jsonPath().getList("orders.merchantId");
        assertEquals(2, merchants.stream().distinct().count());
        assertTrue(merchants.containsAll(List.of(first.toString(), second.toString())));
        assertEquals(2, count("select count(*) from orders where checkout_id = $1",
                Tuple.of(UUID.fromString(response.jsonPath().getString("checkoutId")))));
    }

    @Test
    void theBreakdownAppliesTheCouponAndTheMerchantsShippingRule() {
        UUID merchant = UUID.randomUUID();
        UUID tee = sku(merchant, "Tee", 3000, 10);
        String staff = staffToken(merchant, "settings");
        as(staff).body(Map.of("currency", "CNY", "flatFeeMinor", 800, "freeAboveMinor", 20000,
                "regions", List.of(Map.of("country", "CN", "region", "Zhejiang", "feeMinor", 500),
                        Map.of("country", "US", "feeMinor", 4000))))
                .put("/api/merchant/shipping-rule").then().statusCode(200).body("flatFeeMinor", equalTo(800));
        String code = "TEN" + UUID.randomUUID().toString().substring(0, 8);
        as(adminToken()).body(coupon(code, Map.of("percent", 10, "minSpendMinor", 5000))).post("/api/admin/coupons")
                .then().statusCode(201).body("kind", equalTo("PERCENT"));

        Customer shopper = customer();
        cart(shopper.id(), Map.of(tee, 3));
        Map<String, Object> body = checkoutBody();
        body.put("couponCode", code.toLowerCase());
        checkout(shopper.token(), "k-" + UUID.randomUUID(), body).then().statusCode(201)
                .body("orders[0].itemsMinor", equalTo(9000))
                .body("orders[0].discountMinor", equalTo(900))
                .body("orders[0].shippingMinor", equalTo(500))
                .body("orders[0].totalMinor", equalTo(8600))
                .body("grandTotalMinor", equalTo(8600));

        Customer american = customer();
        cart(american.id(), Map.of(tee, 1));
        Map<String, Object> usBody = checkoutBody();
        Map<String, Object> address = new HashMap<>(Shop.address());
        address.put("country", "US");
        address.put("region", "CA");
        usBody.put("address", address);
        checkout(american.token(), "k-" + UUID.randomUUID(), usBody).then().statusCode(201)
                .body("orders[0].shippingMinor", equalTo(4000)).body("orders[0].totalMinor", equalTo(7000));

        Customer small = customer();
        cart(small.id(), Map.of(tee, 1));
        Map<String, Object> smallBody = checkoutBody();
        smallBody.put("couponCode", code);
        checkout(small.token(), "k-" + UUID.randomUUID(), smallBody).then().statusCode(422)
                .body("type", endsWith("/coupon-minimum-not-met"));
    }

    @Test
    void aMerchantCouponDiscountsOnlyThatMerchantsOrderAndAPlatformCouponIsShared() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID a = sku(first, "Tea", 3000, 10);
        UUID b = sku(second, "Cup", 1000, 10);
        String scoped = "SHOP" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> scopedCoupon = new HashMap<>(coupon(scoped, Map.of("amountMinor", 500, "currency", "CNY")));
        scopedCoupon.put("merchantId", second.toString());
        as(adminToken()).body(scopedCoupon).post("/api/admin/coupons").then().statusCode(201);
        String shared = "ALL" + UUID.randomUUID().toString().substring(0, 8);
        as(adminToken()).body(coupon(shared, Map.of("amountMinor", 1000, "currency", "CNY"))).post("/api/admin/coupons")
                .then().statusCode(201);

        Customer shopper = customer();
        cart(shopper.id(), Map.of(a, 1, b, 1));
        Map<String, Object> body = checkoutBody();
        body.put("couponCode", scoped);
        Response response = checkout(shopper.token(), "k-" + UUID.randomUUID(), body);
        response.then().statusCode(201).body("grandTotalMinor", equalTo(3500));
        assertEquals(0, discountOf(response, first));
        assertEquals(500, discountOf(response, second));

        Customer other = customer();
        cart(other.id(), Map.of(a, 1, b, 1));
        body.put("couponCode", shared);
        Response sharedResponse = checkout(other.token(), "k-" + UUID.randomUUID(), body);
        sharedResponse.then().statusCode(201).body("grandTotalMinor", equalTo(3000));
        assertEquals(750, discountOf(sharedResponse, first));
        assertEquals(250, discountOf(sharedResponse, second));

        Customer onlyFirst = customer();
        cart(onlyFirst.id(), Map.of(a, 1));
        body.put("couponCode", scoped);
        checkout(onlyFirst.token(), "k-" + UUID.randomUUID(), body).then().statusCode(422)
                .body("type", endsWith("/coupon-not-applicable"));
        body.put("couponCode", "NO-SUCH-CODE");
        checkout(onlyFirst.token(), "k-" + UUID.randomUUID(), body).then().statusCode(422)
                .body("type", endsWith("/coupon-not-found"));
    }

    private static int discountOf(Response response, UUID merchant) {
        return response.jsonPath().getInt("orders.find { it.merchantId == '" + merchant + "' }.discountMinor");
    }

    @Test
    void aOncePerCustomerCouponWorksOnceAndALimitedOneRunsOut() {
        UUID merchant = UUID.randomUUID();
        UUID tee = sku(merchant, "Tee", 3000, 50);
        String code = "ONCE" + UUID.randomUUID().toString().substring(0, 8);
        as(adminToken()).body(coupon(code, Map.of("amountMinor", 1000, "currency", "CNY", "oncePerCustomer", true, "totalUses", 2)))
                .post("/api/admin/coupons").then().statusCode(201);
        Customer shopper = customer();
        Map<String, Object> body = checkoutBody();
        body.put("couponCode", code);
        cart(shopper.id(), Map.of(tee, 1));
        checkout(shopper.token(), "k-" + UUID.randomUUID(), body).then().statusCode(201).body("orders[0].discountMinor", equalTo(1000));
        cart(shopper.id(), Map.of(tee, 1));
        checkout(shopper.token(), "k-" + UUID.randomUUID(), body).then().statusCode(422).body("type", endsWith("/coupon-already-used"));
        Customer other = customer();
        cart(other.id(), Map.of(tee, 1));
        checkout(other.token(), "k-" + UUID.randomUUID(), body).then().statusCode(201);
        Customer third = customer();
        cart(third.id(), Map.of(tee, 1));
        checkout(third.token(), "k-" + UUID.randomUUID(), body).then().statusCode(422).body("type", endsWith("/coupon-used-up"));
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheSameOrdersAndADifferentBodyIsRefused() {
        UUID tee = sku(UUID.randomUUID(), "Tee", 1000, 10);
        Customer shopper = customer();
        cart(shopper.id(), Map.of(tee, 2));
        String key = "k-" + UUID.randomUUID();
        Response first = checkout(shopper.token(), key, checkoutBody());
        first.then().statusCode(201).header("Idempotent-Replayed", "false");
        cart(shopper.id(), Map.of(tee, 2));
        Response again = checkout(shopper.token(), key, checkoutBody());
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(first.jsonPath().getString("orders[0].orderNumber"), again.jsonPath().getString("orders[0].orderNumber"));
        assertEquals(first.jsonPath().getString("checkoutId"), again.jsonPath().getString("checkoutId"));
        assertEquals(8, stockOf(tee));

        Map<String, Object> other = checkoutBody();
        other.put("paymentMethod", "sandbox-card");
        other.put("couponCode", "SOMETHING");
        checkout(shopper.token(), key, other).then().statusCode(422).body("type", endsWith("/idempotency-key-reused"));
        // the same key of another customer is another key
        Customer stranger = customer();
        cart(stranger.id(), Map.of(tee, 1));
        checkout(stranger.token(), key, checkoutBody()).then().statusCode(201).header("Idempotent-Replayed", "false");
    }

    @Test
    void twentyParallelRetriesCreateExactlyOneCheckout() throws Exception {
        UUID tee = sku(UUID.randomUUID(), "Tee", 1000, 100);
        Customer shopper = customer();
        cart(shopper.id(), Map.of(tee, 1));
        String key = "k-" + UUID.randomUUID();
        List<Response> responses = parallel(20, () -> checkout(shopper.token(), key, checkoutBody()));
        List<String> numbers = new ArrayList<>();
        for (Response r : responses) {
            assertTrue(r.statusCode() == 201 || r.statusCode() == 409, r.asString());
            if (r.statusCode() == 201) {
                numbers.add(r.jsonPath().getString("orders[0].orderNumber"));
            } else {
                assertTrue(r.asString().contains("request-in-progress"), r.asString());
            }
        }
        assertTrue(numbers.size() >= 1);
        assertEquals(1, numbers.stream().distinct().count());
        assertEquals(1, count("select count(*) from checkouts where account_id = $1", Tuple.of(shopper.id())));
        assertEquals(99, stockOf(tee));
        checkout(shopper.token(), key, checkoutBody()).then().statusCode(201)
                .body("orders[0].orderNumber", equalTo(numbers.get(0)));
    }

    @Test
    void whenOneLineLacksStockNothingIsOrderedAndTheSkuIsNamed() {
        UUID merchant = UUID.randomUUID();
        UUID plenty = sku(merchant, "Plenty", 1000, 10);
        UUID scarce = sku(merchant, "Scarce", 1000, 1);
        Customer shopper = customer();
        cart(shopper.id(), Map.of(plenty, 2, scarce, 2));
        String key = "k-" + UUID.randomUUID();
        checkout(shopper.token(), key, checkoutBody()).then().statusCode(409)
                .body("type", endsWith("/insufficient-stock")).body("detail", containsString(scarce.toString()));
        assertEquals(10, stockOf(plenty));
        assertEquals(1, stockOf(scarce));
        assertEquals(0, count("select count(*) from orders where account_id = $1", Tuple.of(shopper.id())));
        // the key was released: the corrected retry runs
        cart(shopper.id(), Map.of(plenty, 2, scarce, 1));
        checkout(shopper.token(), key, checkoutBody()).then().statusCode(201);
        assertEquals(0, stockOf(scarce));
    }

    @Test
    void linesInAnotherCurrencyAreRefused() {
        UUID merchant = UUID.randomUUID();
        Customer shopper = customer();
        cart(shopper.id(), Map.of(sku(merchant, "Yuan", 1000, 5), 1, sku(merchant, "Euro", 1000, 5, "EUR"), 1));
        checkout(shopper.token(), "k-" + UUID.randomUUID(), checkoutBody()).then().statusCode(422)
                .body("type", endsWith("/mixed-currencies"));
    }

    @Test
    void anAccountThatIsNotActivatedCannotCheckOut() {
        Customer pending = customer(false, null);
        cart(pending.id(), Map.of(sku(UUID.randomUUID(), "Tee", 1000, 5), 1));
        checkout(pending.token(), "k-" + UUID.randomUUID(), checkoutBody()).then().statusCode(403)
                .body("type", endsWith("/account-not-activated"));
        io.restassured.RestAssured.given().contentType("application/json").header("Idempotency-Key", "k")
                .body(checkoutBody()).post("/api/orders/checkout").then().statusCode(401);
    }

    @Test
    void everyBadInputIsA400NamingTheField() {
        Customer shopper = customer();
        cart(shopper.id(), Map.of(sku(UUID.randomUUID(), "Tee", 1000, 5), 1));
        as(shopper.token()).body(checkoutBody()).post("/api/orders/checkout").then().statusCode(400)
                .body("errors.field", hasItem("Idempotency-Key"));
        checkout(shopper.token(), "x".repeat(101), checkoutBody()).then().statusCode(400)
                .body("errors.field", hasItem("Idempotency-Key"));
        Map<String, Object> noMethod = checkoutBody();
        noMethod.remove("paymentMethod");
        checkout(shopper.token(), "k1", noMethod).then().statusCode(400).body("errors.field", hasItem("paymentMethod"));
        Map<String, Object> unknownMethod = checkoutBody();
        unknownMethod.put("paymentMethod", "cash");
        checkout(shopper.token(), "k2", unknownMethod).then().statusCode(400).body("errors.field", hasItem("paymentMethod"));
        Map<String, Object> noAddress = checkoutBody();
        noAddress.remove("address");
        checkout(shopper.token(), "k3", noAddress).then().statusCode(400).body("errors.field", hasItem("address"));
        Map<String, Object> both = checkoutBody();
        both.put("addressId", UUID.randomUUID().toString());
        checkout(shopper.token(), "k4", both).then().statusCode(400).body("errors.field", hasItem("address"));
        for (String field : List.of("name", "phone", "country", "city", "line1")) {
            Map<String, Object> body = checkoutBody();
            Map<String, Object> address = new HashMap<>(Shop.address());
            address.put(field, "");
            body.put("address", address);
            checkout(shopper.token(), "k5" + field, body).then().statusCode(400).body("errors.field", hasItem("address." + field));
        }
        Map<String, Object> badCountry = checkoutBody();
        Map<String, Object> address = new HashMap<>(Shop.address());
        address.put("country", "XX");
        badCountry.put("address", address);
        checkout(shopper.token(), "k6", badCountry).then().statusCode(400).body("errors.field", hasItem("address.country"));
        Map<String, Object> extra = checkoutBody();
        extra.put("totalMinor", 1);
        checkout(shopper.token(), "k7", extra).then().statusCode(400);
        checkout(shopper.token(), "k8", Map.of()).then().statusCode(400).body("errors.field", hasItem("paymentMethod"));
    }

    @Test
    void anEmptySelectionIsRefused() {
        Customer shopper = customer();
        cart(shopper.id(), Map.of(), Map.of(sku(UUID.randomUUID(), "Tee", 1000, 5), 1));
        checkout(shopper.token(), "k-" + UUID.randomUUID(), checkoutBody()).then().statusCode(422)
                .body("type", endsWith("/nothing-selected"));
    }

    static Map<String, Object> coupon(String code, Map<String, Object> discount) {
        Map<String, Object> coupon = new HashMap<>(discount);
        coupon.put("code", code);
        coupon.put("validFrom", Instant.now().minus(1, ChronoUnit.DAYS).toString());
        coupon.put("validUntil", Instant.now().plus(30, ChronoUnit.DAYS).toString());
        return coupon;
    }

    static <T> List<T> parallel(int n, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(call));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
