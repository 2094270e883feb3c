package io.bazaar.orders.coupon;

import static io.bazaar.orders.support.Shop.coupon;
import static io.bazaar.orders.support.Shop.adminToken;
import static io.bazaar.orders.support.Shop.as;
import static io.bazaar.orders.support.Shop.customer;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class CouponTest {

    @Test
    void onlyAPlatformAdminCreatesCouponsAndCodesAreUniqueIgnoringCase() {
        String code = "SAVE" + UUID.randomUUID().toString().substring(0, 6);
        as(customer().token()).body(coupon(code, Map.of("percent", 5))).post("/api/admin/coupons").then().statusCode(403);
        UUID merchant = UUID.randomUUID();
        Map<String, Object> scoped = new HashMap<>(coupon(code, Map.of("amountMinor", 500, "currency", "CNY")));
        scoped.put("merchantId", merchant.toString());
        as(adminToken()).body(scoped).post("/api/admin/coupons").then().statusCode(201)
                .body("merchantId", equalTo(merchant.toString())).body("kind", equalTo("FIXED")).body("usedCount", equalTo(0));
        as(adminToken()).body(coupon(code.toLowerCase(), Map.of("percent", 5))).post("/api/admin/coupons").then().statusCode(409)
                .body("type", endsWith("/coupon-code-taken"));
        as(adminToken()).get("/api/admin/coupons").then().statusCode(200).body("code", hasItem(code));
    }

    @Test
    void badCouponsAre400WithTheFieldNamed() {
        String admin = adminToken();
        as(admin).body(coupon("x", Map.of("percent", 5))).post("/api/admin/coupons").then().statusCode(400)
                .body("errors.field", hasItem("code"));
        as(admin).body(coupon("BOTH1", Map.of("percent", 5, "amountMinor", 100, "currency", "CNY"))).post("/api/admin/coupons")
                .then().statusCode(400).body("errors.field", hasItem("percent"));
        as(admin).body(coupon("NONE1", Map.of())).post("/api/admin/coupons").then().statusCode(400)
                .body("errors.field", hasItem("percent"));
        as(admin).body(coupon("PCT1", Map.of("percent", 101))).post("/api/admin/coupons").then().statusCode(400)
                .body("errors.field", hasItem("percent"));
        as(admin).body(coupon("CUR1", Map.of("amountMinor", 100, "currency", "XYZ"))).post("/api/admin/coupons").then()
                .statusCode(400).body("errors.field", hasItem("currency"));
        as(admin).body(coupon("NEG1", Map.of("amountMinor", -1, "currency", "CNY"))).post("/api/admin/coupons").then()
                .statusCode(400).body("errors.field", hasItem("amountMinor"));
        Map<String, Object> backwards = new HashMap<>(coupon("BACK1", Map.of("percent", 5)));
        backwards.put("validUntil", Instant.now().minus(2, ChronoUnit.DAYS).toString());
        as(admin).body(backwards).post("/api/admin/coupons").then().statusCode(400).body("errors.field", hasItem("validUntil"));
        Map<String, Object> noWindow = new HashMap<>(coupon("WIN1", Map.of("percent", 5)));
        noWindow.remove("validFrom");
        as(admin).body(noWindow).post("/api/admin/coupons").then().statusCode(400).body("errors.field", hasItem("validFrom"));
        as(admin).body(coupon("USES1", Map.of("percent", 5, "totalUses", 0))).post("/api/admin/coupons").then().statusCode(400)
                .body("errors.field", hasItem("totalUses"));
    }
}
