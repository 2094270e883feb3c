package io.bazaar.orders.shipping;

import static io.bazaar.orders.support.Shop.as;
import static io.bazaar.orders.support.Shop.cart;
import static io.bazaar.orders.support.Shop.checkout;
import static io.bazaar.orders.support.Shop.checkoutBody;
import static io.bazaar.orders.support.Shop.customer;
import static io.bazaar.orders.support.Shop.sku;
import static io.bazaar.orders.support.Shop.staffToken;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bazaar.orders.support.Shop.Customer;
import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class ShippingRuleTest {

    private static final String RULE = "/api/merchant/shipping-rule";

    @Test
    void aMerchantWithoutARuleShipsByTheDefaultRuleAndEachMerchantSetsOnlyItsOwn() {
        UUID merchant = UUID.randomUUID();
        String staff = staffToken(merchant, "settings");
        as(staff).get(RULE).then().statusCode(200).body("flatFeeMinor", equalTo(0)).body("regions", hasSize(0));
        as(staff).body(Map.of("currency", "CNY", "flatFeeMinor", 1200,
                "regions", List.of(Map.of("country", "CN", "feeMinor", 600)))).put(RULE).then().statusCode(200);
        as(staff).get(RULE).then().body("flatFeeMinor", equalTo(1200)).body("regions[0].country", equalTo("CN"))
                .body("merchantId", equalTo(merchant.toString()));
        as(staffToken(UUID.randomUUID(), "settings")).get(RULE).then().body("flatFeeMinor", equalTo(0));
        as(staffToken(merchant, "products")).get(RULE).then().statusCode(403);
        as(staffToken(merchant, "orders")).get(RULE).then().statusCode(403);

        Customer shopper = customer();
        cart(shopper.id(), Map.of(sku(merchant, "Tee", 1000, 5), 1));
        checkout(shopper.token(), "k-" + UUID.randomUUID(), checkoutBody()).then().statusCode(201)
                .body("orders[0].shippingMinor", equalTo(600)).body("orders[0].totalMinor", equalTo(1600));
    }

    @Test
    void aRuleInAnotherCurrencyThanTheOrderRefusesTheCheckout() {
        UUID merchant = UUID.randomUUID();
        as(staffToken(merchant, "settings")).body(Map.of("currency", "EUR", "flatFeeMinor", 500)).put(RULE).then().statusCode(200);
        Customer shopper = customer();
        cart(shopper.id(), Map.of(sku(merchant, "Tee", 1000, 5), 1));
        checkout(shopper.token(), "k-" + UUID.randomUUID(), checkoutBody()).then().statusCode(422)
                .body("type", endsWith("/shipping-unavailable"));
    }

    @Test
    void badRulesAre400WithTheFieldNamed() {
        String staff = staffToken(UUID.randomUUID(), "settings");
        as(staff).body(Map.of("flatFeeMinor", 1)).put(RULE).then().statusCode(400).body("errors.field", hasItem("currency"));
        as(staff).body(Map.of("currency", "CNY")).put(RULE).then().statusCode(400).body("errors.field", hasItem("flatFeeMinor"));
        as(staff).body(Map.of("currency", "CNY", "flatFeeMinor", -1)).put(RULE).then().statusCode(400)
                .body("errors.field", hasItem("flatFeeMinor"));
        as(staff).body(Map.of("currency", "QQQ", "flatFeeMinor", 1)).put(RULE).then().statusCode(400)
                .body("errors.field", hasItem("currency"));
        as(staff).body(Map.of("currency", "CNY", "flatFeeMinor", 1, "regions", List.of(Map.of("country", "cn", "feeMinor", 1))))
                .put(RULE).then().statusCode(400).body("errors.field", hasItem("regions[0].country"));
        as(staff).body(Map.of("currency", "CNY", "flatFeeMinor", 1, "regions",
                List.of(Map.of("country", "CN", "feeMinor", 1), Map.of("country", "CN", "feeMinor", 2))))
                .put(RULE).then().statusCode(400).body("errors.field", hasItem("regions"));
    }
}
