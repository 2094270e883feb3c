package io.bazaar.cart.rest;

import static io.bazaar.cart.support.CartApi.COOKIE;
import static io.bazaar.cart.support.CartApi.add;
import static io.bazaar.cart.support.CartApi.guest;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.bazaar.cart.support.CatalogRows;
import io.bazaar.cart.support.CatalogRows.Product;
import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** The local run's setting: over plain http to this machine the guest cart cookie goes without Secure, so curl keeps it. */
@QuarkusTest
@TestProfile(LoopbackCartCookieTest.LocalRun.class)
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class LoopbackCartCookieTest {

    /** What the local profile of the all-in-one server sets. */
    public static class LocalRun implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("bazaar.http.plain-loopback-cookies", "true");
        }
    }

    @Test
    void overHttpToLocalhostTheCartCookieIsNotSecureAndFindsTheCart() {
        Product tee = CatalogRows.onSale(700, 5);
        Response added = add(guest(null), tee.sku(), 1);
        added.then().statusCode(200).header("Set-Cookie", allOf(containsString("HttpOnly"), containsString("SameSite=Lax"),
                not(containsString("Secure")), not(containsString("Version"))));

        given().cookie(COOKIE, added.getCookie(COOKIE)).get("/api/cart").then().statusCode(200)
                .body("lines[0].skuId", equalTo(tee.sku().toString()));
    }

    @Test
    void forAnyOtherHostItStaysSecure() {
        Product tee = CatalogRows.onSale(700, 5);
        add(guest(null).header("Host", "shop.example:443"), tee.sku(), 1).then().statusCode(200)
                .header("Set-Cookie", containsString("; Secure"));
        add(guest(null).header("Host", "127.0.0.1.shop.example"), tee.sku(), 1).then().statusCode(200)
                .header("Set-Cookie", containsString("; Secure"));
    }
}
