package io.bazaar.orders.coupon;

import static io.bazaar.orders.support.Shop.address;
import static io.bazaar.orders.support.Shop.adminToken;
import static io.bazaar.orders.support.Shop.as;
import static io.bazaar.orders.support.Shop.cart;
import static io.bazaar.orders.support.Shop.checkout;
import static io.bazaar.orders.support.Shop.checkoutBody;
import static io.bazaar.orders.support.Shop.count;
import static io.bazaar.orders.support.Shop.coupon;
import static io.bazaar.orders.support.Shop.customer;
import static io.bazaar.orders.support.Shop.sku;
import static io.bazaar.orders.support.Shop.verifiedCustomer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.bazaar.orders.support.Shop.Customer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Tuple;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class WalletTest {

    @Test
    void aShopperCollectsUpToTheLimitAndTheCentreListsPublishedCoupons() {
        String id = published("LIM", Map.of("percent", 10, "perCustomerLimit", 2));
        String hidden = create(coupon(code("HID"), Map.of("percent", 10))).getString("id");
        given().get("/api/coupons/available").then().statusCode(200).body("id", hasItem(id)).body("id", not(hasItem(hidden)));
        Customer shopper = customer();
        collect(shopper, id).then().statusCode(201).body("state", equalTo("USABLE")).body("coupon.id", equalTo(id));
        collect(shopper, id).then().statusCode(201);
        collect(shopper, id).then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/coupon-limit-reached"));
        as(shopper.token()).get("/api/me/coupons").then().statusCode(200).body("", hasSize(2));
        collect(shopper, hidden).then().statusCode(404).body("type", endsWith("/coupon-not-found"));
        collect(shopper, UUID.randomUUID().toString()).then().statusCode(404);
        as(shopper.token()).body(Map.of()).post("/api/me/coupons").then().statusCode(400).body("errors.field", hasItem("couponId"));
        given().contentType("application/json").body(Map.of("couponId", id)).post("/api/me/coupons").then().statusCode(401);
    }

    @Test
    void theCollectStockRunsOut() {
        String id = published("STK", Map.of("amountMinor", 100, "currency", "CNY", "collectStock", 2));
        collect(customer(), id).then().statusCode(201);
        collect(customer(), id).then().statusCode(201);
        collect(customer(), id).then().statusCode(409).body("type", endsWith("/coupon-out-of-stock"));
        assertEquals(2, count("select collected_count from coupons where id = $1", Tuple.of(UUID.fromString(id))));
        given().get("/api/coupons/available").then().body("find { it.id == '" + id + "' }.left", equalTo(0));
    }

    @Test
    void aCouponOutsideItsCollectWindowIs422() {
        Map<String, Object> ended = new HashMap<>(Map.of("percent", 5));
        ended.put("collectUntil", Instant.now().minus(1, ChronoUnit.HOURS).toString());
        String endedId = published("END", ended);
        Map<String, Object> later = new HashMap<>(Map.of("percent", 5));
        later.put("collectFrom", Instant.now().plus(2, ChronoUnit.DAYS).toString());
        String laterId = published("LAT", later);
        Customer shopper = customer();
        collect(shopper, endedId).then().statusCode(422).body("type", endsWith("/coupon-expired"));
        collect(shopper, laterId).then().statusCode(422).body("type", endsWith("/coupon-not-started"));
        as(shopper.token()).get("/api/me/coupons").then().body("", hasSize(0));
    }

    @Test
    void membersOnlyCouponsAreForVerifiedMembers() {
        String id = published("MEM", Map.of("percent", 20, "membersOnly", true));
        collect(customer(), id).then().statusCode(403).body("type", endsWith("/members-only"));
        Customer member = verifiedCustomer();
        String entry = collect(member, id).then().statusCode(201).extract().path("id");
        UUID tee = sku(UUID.randomUUID(), "Member coupon tee", 1_000, 5);
        cart(member.id(), Map.of(tee, 1));
        as(member.token()).body(Map.of("address", address(), "walletCouponId", entry)).post("/api/orders/checkout/quote")
                .then().statusCode(200).body("couponDiscountMinor", equalTo(200));
        // the same shopper with a token that is not verified (e.g. issued before the verification) may not use it
        Customer sameUnverified = new Customer(member.id(), member.email(), null, io.smallrye.jwt.build.Jwt
                .subject(member.id().toString()).groups(java.util.Set.of("customer", "buyer")).sign());
        as(sameUnverified.token()).body(Map.of("address", address(), "walletCouponId", entry))
                .post("/api/orders/checkout/quote").then().statusCode(403).body("type", endsWith("/members-only"));
    }

    @Test
    void theBestWalletCouponIsChosenAndUsingItMarksItUsed() {
        UUID merchant = UUID.randomUUID();
        UUID tee = sku(merchant, "Best tee", 10_000, 5);
        Customer shopper = customer();
        String small = entry(shopper, published("SMA", Map.of("amountMinor", 500, "currency", "CNY")));
        String big = entry(shopper, published("BIG", Map.of("percent", 15)));
        Map<String, Object> tooDear = new HashMap<>(Map.of("percent", 50));
        tooDear.put("minSpendMinor", 50_000);
        String unmet = entry(shopper, published("MIN", tooDear));
        cart(shopper.id(), Map.of(tee, 1));

        JsonPath applicable = as(shopper.token()).get("/api/me/coupons/applicable").then().statusCode(200)
                .body("", hasSize(3)).extract().jsonPath();
        assertEquals(500, applicable.getInt("find { it.walletCoupon.id == '" + small + "' }.discountMinor"));
        assertEquals(1_500, applicable.getInt("find { it.walletCoupon.id == '" + big + "' }.discountMinor"));
        assertEquals(false, applicable.getBoolean("find { it.walletCoupon.id == '" + unmet + "' }.applies"));
        assertEquals("coupon-minimum-not-met",
                applicable.getString("find { it.walletCoupon.id == '" + unmet + "' }.problemType"));

        as(shopper.token()).body(Map.of("address", address(), "bestCoupon", true)).post("/api/orders/checkout/quote")
                .then().statusCode(200).body("walletCouponId", equalTo(big)).body("couponDiscountMinor", equalTo(1_500));
        Map<String, Object> body = checkoutBody();
        body.put("bestCoupon", true);
        checkout(shopper.token(), "k-" + UUID.randomUUID(), body).then().statusCode(201)
                .body("orders[0].discountMinor", equalTo(1_500));
        JsonPath wallet = as(shopper.token()).get("/api/me/coupons").then().statusCode(200).extract().jsonPath();
        assertEquals("USED", wallet.getString("find { it.id == '" + big + "' }.state"));
        assertEquals("USABLE", wallet.getString("find { it.id == '" + small + "' }.state"));
        // a used wallet coupon cannot be used again
        cart(shopper.id(), Map.of(tee, 1));
        Map<String, Object> again = checkoutBody();
        again.put("walletCouponId", big);
        checkout(shopper.token(), "k-" + UUID.randomUUID(), again).then().statusCode(422)
                .body("type", endsWith("/coupon-already-used"));
        // the next best is the small one now
        as(shopper.token()).body(Map.of("address", address(), "bestCoupon", true)).post("/api/orders/checkout/quote")
                .then().statusCode(200).body("walletCouponId", equalTo(small));
        as(shopper.token()).body(Map.of("address", address(), "bestCoupon", true, "walletCouponId", small))
                .post("/api/orders/checkout/quote").then().statusCode(400).body("errors.field", hasItem("couponCode"));
    }

    @Test
    void aCollectedCouponIsOnlyUsedFromTheWalletAndExpiresWithIt() {
        String code = code("TYP");
        Map<String, Object> input = new HashMap<>(coupon(code, Map.of("amountMinor", 300, "currency", "CNY")));
        input.put("published", true);
        input.put("validDays", 3);
        String id = create(input).getString("id");
        Customer shopper = customer();
        cart(shopper.id(), Map.of(sku(UUID.randomUUID(), "Typed tee", 2_000, 5), 1));
        as(shopper.token()).body(Map.of("address", address(), "couponCode", code)).post("/api/orders/checkout/quote")
                .then().statusCode(422).body("type", endsWith("/coupon-not-collected"));
        String entry = collect(shopper, id).then().statusCode(201).extract().path("id");
        as(shopper.token()).body(Map.of("address", address(), "couponCode", code.toLowerCase()))
                .post("/api/orders/checkout/quote").then().statusCode(200).body("walletCouponId", equalTo(entry))
                .body("couponDiscountMinor", equalTo(300));
        // valid 3 days from collecting: past them the entry is expired and no longer applies
        io.bazaar.orders.support.Shop.sql("update coupon_wallet set valid_until = now() - interval '1 minute', "
                + "valid_from = now() - interval '3 days' where id = $1", Tuple.of(UUID.fromString(entry)));
        as(shopper.token()).get("/api/me/coupons").then().body("[0].state", equalTo("EXPIRED"));
        as(shopper.token()).body(Map.of("address", address(), "walletCouponId", entry)).post("/api/orders/checkout/quote")
                .then().statusCode(422).body("type", endsWith("/coupon-expired"));
        as(shopper.token()).get("/api/me/coupons/applicable").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void someoneElsesWalletIsOutOfReach() {
        String id = published("OWN", Map.of("percent", 10));
        Customer owner = customer();
        String entry = entry(owner, id);
        Customer other = customer();
        cart(other.id(), Map.of(sku(UUID.randomUUID(), "Thief tee", 2_000, 5), 1));
        as(other.token()).get("/api/me/coupons").then().statusCode(200).body("", hasSize(0));
        as(other.token()).body(Map.of("address", address(), "walletCouponId", entry)).post("/api/orders/checkout/quote")
                .then().statusCode(404).body("type", endsWith("/wallet-coupon-not-found"));
        Map<String, Object> body = checkoutBody();
        body.put("walletCouponId", entry);
        checkout(other.token(), "k-" + UUID.randomUUID(), body).then().statusCode(404);
        as(other.token()).body(Map.of("address", address(), "bestCoupon", true)).post("/api/orders/checkout/quote")
                .then().statusCode(200).body("walletCouponId", equalTo(null));
        as(owner.token()).get("/api/me/coupons").then().body("[0].state", equalTo("USABLE"));
    }

    @Test
    void walletFieldsNeedAPublishedCoupon() {
        as(adminToken()).body(withExtra(coupon(code("BAD"), Map.of("percent", 5)), "collectStock", 5))
                .post("/api/admin/coupons").then().statusCode(400).body("errors.field", hasItem("published"));
        Map<String, Object> zero = withExtra(coupon(code("ZER"), Map.of("percent", 5)), "published", true);
        zero.put("perCustomerLimit", 0);
        as(adminToken()).body(zero).post("/api/admin/coupons").then().statusCode(400)
                .body("errors.field", hasItem("perCustomerLimit"));
        as(adminToken()).body(withExtra(coupon(code("OK"), Map.of("percent", 5)), "published", true))
                .post("/api/admin/coupons").then().statusCode(201).body("published", equalTo(true))
                .body("perCustomerLimit", equalTo(1)).body("collectedCount", equalTo(0)).body("membersOnly", equalTo(false));
    }

    private static String published(String prefix, Map<String, Object> fields) {
        Map<String, Object> discount = new HashMap<>(fields);
        Map<String, Object> input = new HashMap<>(coupon(code(prefix), Map.of()));
        input.putAll(discount);
        input.put("published", true);
        return create(input).getString("id");
    }

    private static JsonPath create(Map<String, Object> input) {
        return as(adminToken()).body(input).post("/api/admin/coupons").then().statusCode(201).extract().jsonPath();
    }

    private static String entry(Customer shopper, String couponId) {
        return collect(shopper, couponId).then().statusCode(201).extract().path("id");
    }

    private static Response collect(Customer shopper, String couponId) {
        return as(shopper.token()).body(Map.of("couponId", couponId)).post("/api/me/coupons");
    }

    private static Map<String, Object> withExtra(Map<String, Object> input, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(input);
        copy.put(key, value);
        return copy;
    }

    private static String code(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
