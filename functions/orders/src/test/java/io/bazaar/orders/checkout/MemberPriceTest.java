package io.bazaar.orders.checkout;

import static io.bazaar.orders.support.Shop.address;
import static io.bazaar.orders.support.Shop.as;
import static io.bazaar.orders.support.Shop.cart;
import static io.bazaar.orders.support.Shop.checkout;
import static io.bazaar.orders.support.Shop.checkoutBody;
import static io.bazaar.orders.support.Shop.customer;
import static io.bazaar.orders.support.Shop.one;
import static io.bazaar.orders.support.Shop.sku;
import static io.bazaar.orders.support.Shop.sql;
import static io.bazaar.orders.support.Shop.verifiedCustomer;
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
        UUID tee = sku(merchant, "Member tee", 2_000, 10);
        UUID cap = sku(merchant, "Plain cap", 500, 10);
        sql("update skus set member_price_minor = 1500 where id = $1", Tuple.of(tee));

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
}
