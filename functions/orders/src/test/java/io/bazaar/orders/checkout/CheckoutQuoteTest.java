package io.bazaar.orders.checkout;

import static io.bazaar.orders.support.Shop.address;
import static io.bazaar.orders.support.Shop.adminToken;
import static io.bazaar.orders.support.Shop.as;
import static io.bazaar.orders.support.Shop.cart;
import static io.bazaar.orders.support.Shop.cartSkus;
import static io.bazaar.orders.support.Shop.checkout;
import static io.bazaar.orders.support.Shop.checkoutBody;
import static io.bazaar.orders.support.Shop.count;
import static io.bazaar.orders.support.Shop.coupon;
import static io.bazaar.orders.support.Shop.customer;
import static io.bazaar.orders.support.Shop.sku;
import static io.bazaar.orders.support.Shop.stockOf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.bazaar.orders.support.Shop.Customer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Tuple;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class CheckoutQuoteTest {

    @Test
    void aQuoteShowsTheBreakdownTheCheckoutThenCharges() {
        UUID merchant = UUID.randomUUID();
        UUID tee = sku(merchant, "Quoted tee", 2000, 10);
        UUID mug = sku(merchant, "Quoted mug", 500, 5);
        Customer shopper = customer();
        cart(shopper.id(), Map.of(tee, 2, mug, 1));
        String code = "QUOTE" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        as(adminToken()).body(coupon(code, Map.of("percent", 10))).post("/api/admin/coupons").then().statusCode(201);

        JsonPath quote = as(shopper.token()).body(Map.of("address", address(), "couponCode", code))
                .post("/api/orders/checkout/quote").then().statusCode(200)
                .body("orders", hasSize(1))
                .body("orders[0].merchantId", equalTo(merchant.toString()))
                .body("orders[0].lines.productName", hasItem("Quoted tee"))
                .body("itemsMinor", equalTo(4500))
                .body("discountMinor", equalTo(450))
                .body("currency", equalTo("CNY"))
                .body("couponCode", equalTo(code))
                .extract().jsonPath();
        assertEquals(quote.getLong("itemsMinor") - quote.getLong("discountMinor") + quote.getLong("shippingMinor"),
                quote.getLong("grandTotalMinor"));
        assertEquals(10, stockOf(tee), "a quote reserves nothing");
        assertEquals(0, count("select count(*) from coupon_redemptions r join coupons c on c.id = r.coupon_id where c.code = $1",
                Tuple.of(code)), "a quote uses no coupon");
        assertEquals(Set.of(tee.toString(), mug.toString()), cartSkus(shopper.id()));

        Map<String, Object> body = checkoutBody();
        body.put("couponCode", code);
        checkout(shopper.token(), "key-" + UUID.randomUUID(), body).then().statusCode(201)
                .body("grandTotalMinor", equalTo(quote.getInt("grandTotalMinor")))
                .body("orders[0].discountMinor", equalTo(quote.getInt("discountMinor")))
                .body("orders[0].shippingMinor", equalTo(quote.getInt("shippingMinor")));
    }

    @Test
    void aQuoteRefusesWhatTheCheckoutWouldRefuse() {
        UUID merchant = UUID.randomUUID();
        Customer shopper = customer();
        as(shopper.token()).body(Map.of("address", address())).post("/api/orders/checkout/quote").then().statusCode(422)
                .body("type", endsWith("/nothing-selected"));
        cart(shopper.id(), Map.of(sku(merchant, "Quoted lamp", 900, 3), 1));
        as(shopper.token()).body(Map.of("address", address(), "couponCode", "NO-SUCH-CODE"))
                .post("/api/orders/checkout/quote").then().statusCode(422).body("type", endsWith("/coupon-not-found"));
        as(shopper.token()).body(Map.of()).post("/api/orders/checkout/quote").then().statusCode(400)
                .body("errors.field", hasItem("address"));
        Map<String, Object> badAddress = new HashMap<>(address());
        badAddress.remove("city");
        as(shopper.token()).body(Map.of("address", badAddress)).post("/api/orders/checkout/quote").then().statusCode(400)
                .body("errors.field", hasItem("address.city"));
        as(shopper.token()).body(Map.of("address", address(), "surprise", true)).post("/api/orders/checkout/quote")
                .then().statusCode(400);
    }

    @Test
    void aQuoteIsOnlyForTheShopperThemselves() {
        Customer owner = customer();
        String addressId = as(owner.token()).body(address()).post("/api/me/addresses").then().statusCode(201)
                .extract().path("id");
        Customer other = customer();
        cart(other.id(), Map.of(sku(UUID.randomUUID(), "Quoted vase", 1200, 2), 1));
        as(other.token()).body(Map.of("addressId", addressId)).post("/api/orders/checkout/quote").then().statusCode(404);
        given().contentType("application/json").body(Map.of("address", address())).post("/api/orders/checkout/quote")
                .then().statusCode(401).body("requestId", notNullValue());
    }
}
