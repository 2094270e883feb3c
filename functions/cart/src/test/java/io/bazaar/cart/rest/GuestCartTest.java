package io.bazaar.cart.rest;

import static io.bazaar.cart.support.CartApi.COOKIE;
import static io.bazaar.cart.support.CartApi.HEADER;
import static io.bazaar.cart.support.CartApi.add;
import static io.bazaar.cart.support.CartApi.as;
import static io.bazaar.cart.support.CartApi.customerToken;
import static io.bazaar.cart.support.CartApi.guest;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bazaar.cart.support.CatalogRows;
import io.bazaar.cart.support.CatalogRows.Product;
import io.bazaar.cart.support.StoredCarts;
import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class GuestCartTest {

    @Inject
    StoredCarts stored;

    @Test
    void aGuestsFirstAddIssuesACartIdInACookieAndAHeader() {
        Product tee = CatalogRows.onSale(700, 5);
        guest(null).get("/api/cart").then().statusCode(200).body("lines", empty())
                .header(HEADER, nullValue()).header("Set-Cookie", nullValue());

        Response added = add(guest(null), tee.sku(), 2);
        added.then().statusCode(200).body("lines[0].quantity", equalTo(2))
                .header(HEADER, matchesPattern("[0-9a-f]{32}"))
                .header("Set-Cookie", allOf(matchesPattern(COOKIE + "=[0-9a-f]{32};.*"), containsString("HttpOnly"),
                        containsString("SameSite=Lax"), containsString("Secure"), containsString("Path=/api"),
                        containsString("Max-Age=2592000"), not(containsString("Version"))));
        String id = added.header(HEADER);
        assertEquals(id, added.detailedCookie(COOKIE).getValue());

        given().cookie(COOKIE, id).get("/api/cart").then().statusCode(200).body("lines[0].skuId", equalTo(tee.sku().toString()))
                .header(HEADER, id);
        guest(id).get("/api/cart").then().statusCode(200).body("lines", hasSize(1));
        add(given().contentType(ContentType.JSON).cookie(COOKIE, id), tee.sku(), 1).then().statusCode(200)
                .header(HEADER, id).body("lines[0].quantity", equalTo(3));
    }

    @Test
    void eachNewGuestGetsADifferentCart() {
        Product tee = CatalogRows.onSale(700, 5);
        String first = add(guest(null), tee.sku(), 1).header(HEADER);
        String second = add(guest(null), tee.sku(), 2).header(HEADER);
        assertNotEquals(first, second);
        guest(first).get("/api/cart").then().body("lines[0].quantity", equalTo(1));
        guest(second).get("/api/cart").then().body("lines[0].quantity", equalTo(2));
    }

    @Test
    void anUnknownCartIdStartsANewCartUnderAFreshId() {
        Product tee = CatalogRows.onSale(700, 5);
        String madeUp = "0123456789abcdef0123456789abcdef";
        guest(madeUp).get("/api/cart").then().statusCode(200).body("lines", empty()).header(HEADER, nullValue());
        Response added = add(guest(madeUp), tee.sku(), 1);
        added.then().statusCode(200).body("lines", hasSize(1)).header(HEADER, not(equalTo(madeUp)));
        guest(madeUp).get("/api/cart").then().body("lines", empty());
        add(guest("garbage; Path=/"), tee.sku(), 1).then().statusCode(200).header(HEADER, matchesPattern("[0-9a-f]{32}"));
    }

    @Test
    void guestCartsExpireThirtyDaysAfterTheirLastChange() {
        Product tee = CatalogRows.onSale(700, 5);
        String id = add(guest(null), tee.sku(), 1).header(HEADER);
        long expiresAt = Long.parseLong(stored.item("guest#" + id).get("expiresAt").n());
        long expected = Instant.now().plusSeconds(30L * 24 * 3600).getEpochSecond();
        assertTrue(Math.abs(expiresAt - expected) < 60, "expiresAt " + expiresAt + " should be about " + expected);

        stored.setExpiresAt("guest#" + id, Instant.now().minusSeconds(1).getEpochSecond());
        guest(id).get("/api/cart").then().statusCode(200).body("lines", empty());
        add(guest(id), tee.sku(), 2).then().statusCode(200).header(HEADER, not(equalTo(id)))
                .body("lines", hasSize(1)).body("lines[0].quantity", equalTo(2));
    }

    @Test
    void atSignInGuestLinesJoinTheCustomersCartCappedByStock() {
        UUID account = UUID.randomUUID();
        String token = customerToken(account);
        Product shared = CatalogRows.onSale(100, 5);
        Product guestOnly = CatalogRows.onSale(200, 5);
        Product soldOut = CatalogRows.onSale(300, 5);
        add(as(token), shared.sku(), 3).then().statusCode(200);
        String id = add(guest(null), shared.sku(), 4).header(HEADER);
        add(guest(id), guestOnly.sku(), 2).then().statusCode(200);
        add(guest(id), soldOut.sku(), 1).then().statusCode(200);
        CatalogRows.setStock(soldOut.sku(), 0);

        as(token).header(HEADER, id).post("/api/cart/merge").then().statusCode(200)
                .header("Set-Cookie", allOf(containsString(COOKIE + "=;"), containsString("Max-Age=0")))
                .body("lines", hasSize(2))
                .body("lines.find { it.skuId == '" + shared.sku() + "' }.quantity", equalTo(5))
                .body("lines.find { it.skuId == '" + guestOnly.sku() + "' }.quantity", equalTo(2));
        guest(id).get("/api/cart").then().body("lines", empty());
        assertTrue(stored.item("guest#" + id).isEmpty(), "the guest cart is deleted");
        assertTrue(!stored.item("user#" + account).containsKey("expiresAt"), "user carts do not expire");

        given().auth().oauth2(token).cookie(COOKIE, id).post("/api/cart/merge").then().statusCode(200)
                .body("lines", hasSize(2))
                .body("lines.find { it.skuId == '" + shared.sku() + "' }.quantity", equalTo(5));
        as(token).post("/api/cart/merge").then().statusCode(200).body("lines", hasSize(2));
    }

    @Test
    void mergingTakesASignedInCustomer() {
        Product tee = CatalogRows.onSale(100, 5);
        String id = add(guest(null), tee.sku(), 1).header(HEADER);
        guest(id).post("/api/cart/merge").then().statusCode(401).contentType("application/problem+json");
        guest(id).get("/api/cart").then().body("lines", hasSize(1));
    }
}
