package io.bazaar.catalog.support;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

/**
 * Calls the catalog the way clients do, with access tokens signed by the same key identity signs with (the test
 * environment's key), so the catalog's own token verification is exercised.
 */
public final class CatalogApi {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private CatalogApi() {
    }

    public static String staffToken(UUID merchantId, String... permissions) {
        return Jwt.subject(UUID.randomUUID().toString()).groups(java.util.Set.of("customer", "buyer", "merchant-staff"))
                .claim("merchant_id", merchantId.toString()).claim("permissions", List.of(permissions)).sign();
    }

    public static String adminToken() {
        return Jwt.subject(UUID.randomUUID().toString()).groups(java.util.Set.of("customer", "buyer", "platform-admin")).sign();
    }

    public static String shopperToken() {
        return Jwt.subject(UUID.randomUUID().toString()).groups(java.util.Set.of("customer", "buyer")).sign();
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** A T-shirt with colour x size SKUs (red/blue x S/M), priced 1999-2299 minor units of CNY, in category 6. */
    public static Map<String, Object> tshirt(String name) {
        List<Map<String, Object>> skus = new ArrayList<>();
        long price = 1999;
        for (String colour : List.of("red", "blue")) {
            for (String size : List.of("S", "M")) {
                skus.add(sku(Map.of("colour", colour, "size", size), price, 10));
                price += 100;
            }
        }
        Map<String, Object> draft = new HashMap<>();
        draft.put("name", name);
        draft.put("categoryId", 6);
        draft.put("description", "<p>Soft <b>cotton</b> tee.</p>");
        draft.put("parameters", "100% cotton");
        draft.put("currency", "CNY");
        draft.put("attributes", List.of(Map.of("name", "colour", "values", List.of("red", "blue")),
                Map.of("name", "size", "values", List.of("S", "M"))));
        draft.put("skus", skus);
        return draft;
    }

    public static Map<String, Object> sku(Map<String, String> attributes, long priceMinor, int stock) {
        Map<String, Object> sku = new HashMap<>();
        sku.put("attributes", attributes);
        sku.put("priceMinor", priceMinor);
        sku.put("stock", stock);
        return sku;
    }

    public static Response create(String token, Map<String, Object> draft) {
        return as(token).body(draft).post("/api/merchant/products");
    }

    /** Creates, submits, approves and lists a product; returns its id. */
    public static String listedProduct(String staffToken, Map<String, Object> draft) {
        String id = create(staffToken, draft).then().statusCode(201).extract().path("id");
        as(staffToken).post("/api/merchant/products/" + id + "/submit").then().statusCode(200);
        as(adminToken()).post("/api/admin/products/" + id + "/approve").then().statusCode(200);
        as(staffToken).post("/api/merchant/products/" + id + "/list").then().statusCode(200);
        return id;
    }
}
