package io.bazaar.cart.support;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

/**
 * Calls the cart the way clients do: customers with access tokens signed by the test environment's key (the key
 * identity signs with), guests with the cart id in the X-Cart-Id header or the bazaar_cart cookie.
 */
public final class CartApi {

    public static final String COOKIE = "bazaar_cart";
    public static final String HEADER = "X-Cart-Id";

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private CartApi() {
    }

    /** A customer's access token for this account. */
    public static String customerToken(UUID accountId) {
        return Jwt.subject(accountId.toString()).groups(Set.of("customer", "buyer")).sign();
    }

    public static String customerToken() {
        return customerToken(UUID.randomUUID());
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** A guest request with this cart id in the header, or no id at all when null. */
    public static RequestSpecification guest(String cartId) {
        RequestSpecification request = given().contentType(ContentType.JSON);
        return cartId == null ? request : request.header(HEADER, cartId);
    }

    public static Response add(RequestSpecification caller, UUID skuId, int quantity) {
        return caller.body(Map.of("skuId", skuId.toString(), "quantity", quantity)).post("/api/cart/lines");
    }

    public static Response change(RequestSpecification caller, UUID skuId, Map<String, Object> change) {
        return caller.body(change).patch("/api/cart/lines/" + skuId);
    }
}
