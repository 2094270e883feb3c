package io.bazaar.identity.audit;

import static io.bazaar.identity.support.IdentityApi.activeAccount;
import static io.bazaar.identity.support.IdentityApi.client;
import static io.bazaar.identity.support.IdentityApi.newEmail;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.bazaar.identity.support.Merchants;
import io.bazaar.identity.support.Merchants.Staff;
import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The staff audit log as identity writes it (its own merchant-centre changes, through the platform's filter) and
 * reads it for the owner. Changes in the other areas are checked in the all-in-one server's StaffAuditTest.
 */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class AuditLogTest {

    @Test
    void aSuccessfulChangeIsLoggedWithWhoWhatWhenAndWhereButReadsAndFailuresAreNot() {
        Staff owner = Merchants.owner("Audit Shop");
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        from(owner, "203.0.113.7").header("User-Agent", "AuditTest/1.0").body(profile("Audit Shop 2"))
                .put("/api/merchant/shop").then().statusCode(200);
        from(owner, "203.0.113.8").get("/api/merchant/shop").then().statusCode(200);
        from(owner, "203.0.113.8").body(profile("")).put("/api/merchant/shop").then().statusCode(400);
        client().auth().oauth2(owner.token()).body(Map.of("displayName", "Olga")).patch("/api/me").then().statusCode(200);

        JsonPath log = log(owner, "").extract().jsonPath();
        assertEquals(1, log.getList("items").size(), log.prettify());
        assertEquals(owner.accountId().toString(), log.getString("items[0].accountId"));
        assertEquals("Olga", log.getString("items[0].staffName"));
        assertEquals("PUT", log.getString("items[0].method"));
        assertEquals("/api/merchant/shop", log.getString("items[0].route"));
        assertEquals("ShopProfileResource.update", log.getString("items[0].operation"));
        assertEquals(Map.of(), log.getMap("items[0].targets"));
        assertEquals(200, log.getInt("items[0].status"));
        assertEquals("203.0.113.7", log.getString("items[0].clientAddress"));
        assertEquals("AuditTest/1.0", log.getString("items[0].userAgent"));
        assertTrue(log.getString("items[0].requestId").length() > 8);
        Instant at = Instant.parse(log.getString("items[0].at"));
        assertTrue(!at.isBefore(before) && !at.isAfter(Instant.now()), at.toString());
        assertEquals(null, log.getString("nextCursor"));
    }

    @Test
    void pagesGoNewestFirstByCursorAndFilterByStaffAndDay() {
        Staff owner = Merchants.owner("Paged Shop");
        Staff manager = Merchants.member(owner.merchantId(), false, "SETTINGS");
        from(owner, "203.0.113.1").body(profile("One")).put("/api/merchant/shop").then().statusCode(200);
        from(manager, "203.0.113.2").body(profile("Two")).put("/api/merchant/shop").then().statusCode(200);
        from(owner, "203.0.113.3").delete("/api/merchant/shop/logo").then().statusCode(200);

        JsonPath first = log(owner, "?size=2").body("items", hasSize(2)).body("nextCursor", notNullValue()).extract().jsonPath();
        assertEquals(List.of("DELETE", "PUT"), first.getList("items.method"));
        assertEquals("/api/merchant/shop/logo", first.getString("items[0].route"));
        assertEquals(manager.accountId().toString(), first.getString("items[1].accountId"));
        log(owner, "?size=2&cursor=" + first.getString("nextCursor")).body("items", hasSize(1))
                .body("items[0].clientAddress", equalTo("203.0.113.1")).body("nextCursor", nullValue());

        log(owner, "?staff=" + manager.accountId()).body("items", hasSize(1))
                .body("items[0].clientAddress", equalTo("203.0.113.2"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        log(owner, "?from=" + today + "&to=" + today).body("items", hasSize(3));
        log(owner, "?from=" + today.plusDays(1)).body("items", hasSize(0)).body("nextCursor", nullValue());
        log(owner, "?to=" + today.minusDays(1)).body("items", hasSize(0));
    }

    @Test
    void badParametersAreProblems() {
        Staff owner = Merchants.owner("Strict Shop");
        log(owner, "?from=yesterday&staff=me&size=500", 400).body("errors.field", hasItem("from"))
                .body("errors.field", hasItem("staff")).body("errors.field", hasItem("size"));
        log(owner, "?from=2026-12-04&to=2026-12-01", 400).body("errors.field", hasItem("to"));
        log(owner, "?cursor=not-a-cursor", 400).body("errors.field", hasItem("cursor"));
    }

    @Test
    void onlyTheOwnMerchantsLogAndOnlyWithTheStaffPermission() {
        Staff owner = Merchants.owner("Private Shop");
        from(owner, "203.0.113.9").body(profile("Private Shop")).put("/api/merchant/shop").then().statusCode(200);
        Staff other = Merchants.owner("Nosy Shop");
        log(other, "").body("items", hasSize(0));
        log(other, "?staff=" + owner.accountId()).body("items", hasSize(0));

        Staff clerk = Merchants.member(owner.merchantId(), false, "PRODUCTS,ORDERS,SETTINGS");
        log(clerk, "", 403).body("type", containsString("missing-permission"));
        Staff deputy = Merchants.member(owner.merchantId(), false, "STAFF");
        log(deputy, "").body("items", hasSize(1));
        String shopper = activeAccount(newEmail()).path("accessToken");
        client().auth().oauth2(shopper).get("/api/merchant/audit").then().statusCode(403);
        client().get("/api/merchant/audit").then().statusCode(401);
    }

    private static io.restassured.response.ValidatableResponse log(Staff staff, String query) {
        return log(staff, query, 200);
    }

    private static io.restassured.response.ValidatableResponse log(Staff staff, String query, int status) {
        return client().auth().oauth2(staff.token()).get("/api/merchant/audit" + query).then().statusCode(status);
    }

    private static RequestSpecification from(Staff staff, String address) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", address).auth().oauth2(staff.token());
    }

    private static Map<String, Object> profile(String name) {
        return Map.of("name", name, "description", "", "serviceHours", List.of(), "timeZone", "UTC");
    }
}
