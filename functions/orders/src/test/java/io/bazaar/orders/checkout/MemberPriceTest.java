package io.bazaar.orders.checkout;

import static io.bazaar.orders.support.Shop.address;
import static io.bazaar.orders.support.Shop.adminToken;
import static io.bazaar.orders.support.Shop.as;
import static io.bazaar.orders.support.Shop.cart;
import static io.bazaar.orders.support.Shop.checkout;
import static io.bazaar.orders.support.Shop.checkoutBody;
import static io.bazaar.orders.support.Shop.customer;
import static io.bazaar.orders.support.Shop.one;
import static io.bazaar.orders.support.Shop.sku;
import static io.bazaar.orders.support.Shop.sql;
import static io.bazaar.orders.support.Shop.staffToken;
import static io.bazaar.orders.support.Shop.verifiedCustomer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.bazaar.orders.support.Shop.Customer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class MemberPriceTest {

    @Test
    void onlyAVerifiedMembersTokenGetsTheMemberPrice() {
        UUID merchant = UUID.randomUUID();
        UUID tee = memberPriced(sku(merchant, "Member tee", 2_000, 10), 1_500);
        UUID cap = sku(merchant, "Plain cap", 500, 10);

        Customer member = verifiedCustomer();
        cart(member.id(), Map.of(tee, 2, cap, 1));
        as(member.token()).body(Map.of("address", address())).post("/api/orders/checkout/quote").then().statusCode(200)
                .body("member", equalTo(true)).body("itemsMinor", equalTo(3_500)).body("memberSavingMinor", equalTo(1_000))
                .body("orders[0].lines.find { it.skuId == '" + tee + "' }.unitPriceMinor", equalTo(1_500))
                .body("orders[0].lines.find { it.skuId == '" + tee + "' }.listPriceMinor", equalTo(2_000))
                .body("orders[0].lines.find { it.skuId == '" + tee + "' }.memberSavingMinor", equalTo(1_000))
                .body("orders[0].lines.find { it.skuId == '" + cap + "' }.listPriceMinor", nullValue())
                // a verified member earns twice: 35.00 -> 35 x 2
                .body("pointsToEarn", equalTo(70));

        Customer shopper = customer();
        cart(shopper.id(), Map.of(tee, 2, cap, 1));
        as(shopper.token()).body(Map.of("address", address())).post("/api/orders/checkout/quote").then().statusCode(200)
                .body("member", equalTo(false)).body("itemsMinor", equalTo(4_500)).body("memberSavingMinor", equalTo(0))
                .body("orders[0].lines.find { it.skuId == '" + tee + "' }.listPriceMinor", nullValue())
                .body("pointsToEarn", equalTo(45));

        String number = checkout(member.token(), "k-" + UUID.randomUUID(), checkoutBody()).then().statusCode(201)
                .body("orders[0].itemsMinor", equalTo(3_500)).extract().path("orders[0].orderNumber");
        Row order = one("select member_verified, member_saving_minor from orders where number = $1", Tuple.of(number));
        assertTrue(order.getBoolean("member_verified"), "the verified state is kept for the points posted later");
        assertEquals(1_000, order.getLong("member_saving_minor"));
        as(member.token()).get("/api/orders/" + number).then().statusCode(200)
                .body("lines.find { it.skuId == '" + tee + "' }.listPriceMinor", equalTo(2_000));
    }

    @Test
    void theOrderShowsThePointsSpentTheMemberSavingAndEachLinesListPrice() {
        UUID merchant = UUID.randomUUID();
        UUID tee = memberPriced(sku(merchant, "Benefit tee", 2_000, 10), 1_600);
        UUID cap = sku(merchant, "Benefit cap", 1_000, 10);
        Customer member = verifiedCustomer();
        as(adminToken()).body(Map.of("accountId", member.id(), "amount", 500, "reason", "test points"))
                .post("/api/admin/points/adjustments").then().statusCode(201);
        cart(member.id(), Map.of(tee, 2, cap, 1));
        Map<String, Object> body = checkoutBody();
        body.put("points", 300);
        String number = checkout(member.token(), "k-" + UUID.randomUUID(), body).then().statusCode(201)
                .extract().path("orders[0].orderNumber");

        // goods 2 x 16.00 + 10.00 = 42.00 after an 8.00 member saving; 300 points took 3.00 off
        String teeLine = "lines.find { it.skuId == '" + tee + "' }";
        String capLine = "lines.find { it.skuId == '" + cap + "' }";
        for (String path : new String[] {"/api/orders/" + number, "/api/merchant/orders/" + number}) {
            String token = path.startsWith("/api/orders") ? member.token() : staffToken(merchant, "orders");
            as(token).get(path).then().statusCode(200)
                    .body("itemsMinor", equalTo(4_200)).body("memberSavingMinor", equalTo(800))
                    .body("pointsSpent", equalTo(300)).body("pointsValueMinor", equalTo(300))
                    .body("discountMinor", equalTo(300))
                    .body(teeLine + ".unitPriceMinor", equalTo(1_600)).body(teeLine + ".listPriceMinor", equalTo(2_000))
                    .body(teeLine + ".memberSavingMinor", equalTo(800))
                    .body(capLine + ".unitPriceMinor", equalTo(1_000)).body(capLine + ".listPriceMinor", nullValue());
        }
        // an order without benefits says so with zeros
        Customer shopper = customer();
        cart(shopper.id(), Map.of(cap, 1));
        String plain = checkout(shopper.token(), "k-" + UUID.randomUUID(), checkoutBody()).then().statusCode(201)
                .extract().path("orders[0].orderNumber");
        as(shopper.token()).get("/api/orders/" + plain).then().statusCode(200).body("pointsSpent", equalTo(0))
                .body("pointsValueMinor", equalTo(0)).body("memberSavingMinor", equalTo(0));
        // someone else's order stays hidden, another merchant's too, and no token is no answer
        as(shopper.token()).get("/api/orders/" + number).then().statusCode(404);
        as(staffToken(UUID.randomUUID(), "orders")).get("/api/merchant/orders/" + number).then().statusCode(404);
        as(staffToken(merchant, "products")).get("/api/merchant/orders/" + number).then().statusCode(403);
        given().get("/api/orders/" + number).then().statusCode(401);
    }

    /** The merchant's member price on a SKU (the catalog's column; merchants set it in the SKU grid). */
    private static UUID memberPriced(UUID sku, long memberPriceMinor) {
        sql("update skus set member_price_minor = $2 where id = $1", Tuple.of(sku, memberPriceMinor));
        return sku;
    }
}
