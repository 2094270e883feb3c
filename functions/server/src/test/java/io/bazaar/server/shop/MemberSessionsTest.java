package io.bazaar.server.shop;

import static io.bazaar.server.shop.ShopFixtures.admin;
import static io.bazaar.server.shop.ShopFixtures.as;
import static io.bazaar.server.shop.ShopFixtures.buy;
import static io.bazaar.server.shop.ShopFixtures.staff;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.bazaar.localenv.EmulatorOutbox;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * The member centre across areas: ending a session stops its access token at once in every area, not only in
 * identity; deleting an account keeps its orders for the law but not the person who received them, and erases it from
 * reviews, members and returns in the same transaction; a staff member removed from a shop loses every area at once.
 */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class MemberSessionsTest {

    private static final String PASSWORD = "a long member password";

    @Inject
    Pool pool;

    @Test
    void aTokenWorksUntilItsSessionEndsThenEveryAreaRefusesIt() {
        ShopFixtures shop = new ShopFixtures(pool);
        Response phone = shop.signedInShopper(PASSWORD);
        String email = phone.path("account.email");
        Response laptop = given().contentType(ContentType.JSON).body(Map.of("login", email, "password", PASSWORD))
                .post("/api/auth/login").then().statusCode(200).extract().response();
        String phoneToken = phone.path("accessToken");
        String laptopToken = laptop.path("accessToken");

        as(phoneToken).get("/api/orders").then().statusCode(200);
        as(phoneToken).get("/api/cart").then().statusCode(200);
        as(phoneToken).get("/api/me").then().statusCode(200);

        as(laptopToken).delete("/api/me/sessions/others").then().statusCode(204);

        as(phoneToken).get("/api/me").then().statusCode(401);
        as(phoneToken).get("/api/orders").then().statusCode(401).contentType("application/problem+json");
        as(phoneToken).get("/api/cart").then().statusCode(401);
        as(laptopToken).get("/api/orders").then().statusCode(200);

        as(laptopToken).delete("/api/me/sessions").then().statusCode(204);
        as(laptopToken).get("/api/orders").then().statusCode(401);
    }

    @Test
    void aRemovedStaffMembersTokenIsRefusedByEveryArea() {
        String ownerLogin = "owner-" + UUID.randomUUID() + "@example.com";
        String merchant = as(admin()).body(Map.of("name", "Removal Probe Shop", "ownerLogin", ownerLogin))
                .post("/api/admin/merchants").then().statusCode(201).extract().path("shop.id");
        String owner = joinAndSignIn(ownerLogin);
        String clerkLogin = "clerk-" + UUID.randomUUID() + "@example.com";
        as(owner).body(Map.of("login", clerkLogin, "roleIds", List.of("00000000-0000-4000-8000-000000000103",
                "00000000-0000-4000-8000-000000000104"))).post("/api/merchant/invitations").then().statusCode(201);
        String clerk = joinAndSignIn(clerkLogin);
        String clerkId = as(clerk).get("/api/me").then().statusCode(200).extract().path("id");

        as(clerk).get("/api/merchant/orders").then().statusCode(200);
        as(clerk).get("/api/merchant/products").then().statusCode(200);
        as(clerk).get("/api/merchant/imports").then().statusCode(200);
        as(clerk).get("/api/merchant/shipping-rule").then().statusCode(403);
        as(owner).get("/api/merchant/shipping-rule").then().statusCode(200).body("merchantId", equalTo(merchant));

        as(owner).delete("/api/merchant/staff/" + clerkId).then().statusCode(204);

        as(clerk).get("/api/merchant/orders").then().statusCode(401).contentType("application/problem+json");
        as(clerk).get("/api/merchant/products").then().statusCode(401);
        as(clerk).get("/api/merchant/me").then().statusCode(401);
        as(owner).get("/api/merchant/orders").then().statusCode(200);
    }

    /** Accepts the invitation sent to the login with a new account and signs in; returns the access token. */
    private static String joinAndSignIn(String login) {
        EmulatorOutbox outbox = new EmulatorOutbox(URI.create(ConfigProvider.getConfig()
                .getValue("bazaar.aws.endpoint-override", String.class)));
        String text = outbox.emails().stream().filter(m -> m.isTo(login)).reduce((a, b) -> b).orElseThrow().body();
        Matcher code = Pattern.compile("\\b([A-Z2-9]{5}-[A-Z2-9]{5})\\b").matcher(text);
        assertTrue(code.find(), text);
        given().contentType(ContentType.JSON).body(Map.of("login", login, "code", code.group(1), "password", PASSWORD))
                .post("/api/auth/invitations/accept").then().statusCode(200);
        return given().contentType(ContentType.JSON).body(Map.of("login", login, "password", PASSWORD))
                .post("/api/auth/login").then().statusCode(200).extract().path("accessToken");
    }

    @Test
    void aDeletedAccountsOrderKeepsNumberAmountsAndLinesButLosesTheRecipient() {
        ShopFixtures shop = new ShopFixtures(pool);
        UUID sku = shop.productOnSale(UUID.randomUUID(), "Erasure probe tea", 1200, 10);
        Response session = shop.signedInShopper(PASSWORD);
        String token = session.path("accessToken");
        String number = buy(token, sku, 2).orderNumber();
        Response before = as(token).get("/api/orders/" + number).then().statusCode(200)
                .body("shipTo.name", equalTo("Li Lei")).extract().response();

        as(token).body(Map.of("password", PASSWORD)).post("/api/me/deletion").then().statusCode(204);

        var order = shop.one("select number, total_minor, items_minor, ship_to::text, account_id, "
                + "(select count(*) from order_lines where order_number = number) as lines from orders where number = $1",
                io.vertx.mutiny.sqlclient.Tuple.of(number));
        assertEquals(number, order.getString("number"));
        assertEquals(before.<Integer>path("totalMinor").longValue(), order.getLong("total_minor"));
        assertEquals(2400L, order.getLong("items_minor"));
        assertEquals(1L, order.getLong("lines"));
        io.vertx.core.json.JsonObject shipTo = new io.vertx.core.json.JsonObject(order.getString("ship_to"));
        assertEquals("", shipTo.getString("name"));
        assertEquals("", shipTo.getString("phone"));
        assertEquals("", shipTo.getString("line1"));
        assertEquals("", shipTo.getString("city"));
        assertEquals("", shipTo.getString("postalCode"));
        assertEquals(401, as(token).get("/api/orders/" + number).statusCode(), "the deleted account's token is ended");
    }

    @Test
    void aDeletedAccountsReviewFavouriteInboxDeviceAndReturnAreErasedInEveryArea() {
        ShopFixtures shop = new ShopFixtures(pool);
        UUID merchant = UUID.randomUUID();
        UUID sku = shop.productOnSale(merchant, "Erasure review tea", 1200, 10);
        UUID product = shop.productOf(sku);
        String token = shop.signedInShopper(PASSWORD).path("accessToken");
        var bought = buy(token, sku, 1);
        given().post("/api/payments/sandbox/" + bought.paymentId() + "/complete").then().statusCode(200);
        String number = bought.orderNumber();
        as(staff(merchant, "orders")).body(Map.of("carrier", "SF", "trackingNumber", "SF1"))
                .post("/api/merchant/orders/" + number + "/ship").then().statusCode(200);
        as(token).post("/api/orders/" + number + "/confirm-receipt").then().statusCode(200);

        as(token).body(Map.of("orderNumber", number, "lineNo", 1, "stars", 4, "title", "Nice tea", "text",
                "Smooth and fresh, would buy again.", "imageIds", List.of())).post("/api/me/reviews").then().statusCode(201);
        as(token).put("/api/me/favourites/products/" + product).then().statusCode(200);
        as(token).body(Map.of("platform", "ios", "token", "ab".repeat(32))).post("/api/me/devices").then().statusCode(201);
        String returnId = as(token).header("Idempotency-Key", "return-" + UUID.randomUUID()).body(Map.of("kind", "RETURN", "reason", "DAMAGED", "details", "Dented tin, call 13800138000",
                "lines", List.of(Map.of("lineNo", 1, "quantity", 1)))).post("/api/orders/" + number + "/returns").then()
                .statusCode(201).extract().path("returnId");
        int notifications = as(token).get("/api/me/notifications").then().statusCode(200).extract().path("total");
        assertEquals(true, notifications > 0, "the order's news reached the inbox");
        given().get("/api/reviews/products/" + product).then().statusCode(200)
                .body("items[0].authorName", notNullValue()).body("items[0].authorErased", equalTo(false));

        as(token).body(Map.of("password", PASSWORD)).post("/api/me/deletion").then().statusCode(204);

        given().get("/api/reviews/products/" + product).then().statusCode(200)
                .body("items[0].authorName", nullValue()).body("items[0].authorErased", equalTo(true))
                .body("items[0].stars", equalTo(4))
                .body("items[0].text", equalTo("Smooth and fresh, would buy again."));
        as(admin()).get("/api/admin/returns/" + returnId).then().statusCode(200).body("details", equalTo(""))
                .body("reason", equalTo("DAMAGED"));
        UUID account = shop.one("select account_id from orders where number = $1", io.vertx.mutiny.sqlclient.Tuple.of(number))
                .getUUID(0);
        io.vertx.mutiny.sqlclient.Tuple id = io.vertx.mutiny.sqlclient.Tuple.of(account);
        assertEquals(0L, shop.one("select count(*) from favourite_products where account_id = $1", id).getLong(0));
        assertEquals(0L, shop.one("select count(*) from member_notifications where account_id = $1", id).getLong(0));
        assertEquals(0L, shop.one("select count(*) from push_devices where account_id = $1 and enabled", id).getLong(0));
        assertEquals(401, as(token).get("/api/me/favourites/products").statusCode(), "the deleted account's token is ended");
    }
}
