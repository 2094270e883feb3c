package io.bazaar.catalog.shop;

import static io.bazaar.catalog.support.CatalogApi.as;
import static io.bazaar.catalog.support.CatalogApi.sku;
import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Test fixtures of the shopper catalog: unique words that keep tests apart, simple drafts, and anonymous calls. */
final class Shop {

    private Shop() {
    }

    /** A made-up word no other test uses, so a search for it sees only this test's products. */
    static String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    /** A product without attributes: one SKU with the given price and stock, in CNY. */
    static Map<String, Object> simple(String name, long categoryId, long priceMinor, int stock) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("name", name);
        draft.put("categoryId", categoryId);
        draft.put("description", "<p>A product.</p>");
        draft.put("currency", "CNY");
        draft.put("attributes", List.of());
        draft.put("skus", new ArrayList<>(List.of(sku(Map.of(), priceMinor, stock))));
        return draft;
    }

    static int term(String staff, String kind, String name) {
        return as(staff).body(Map.of("name", name)).post("/api/merchant/" + kind).then().statusCode(201).extract().path("id");
    }

    /** An anonymous shopper. */
    static RequestSpecification shopper() {
        return given();
    }

    static Response search(Object... params) {
        RequestSpecification request = shopper();
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam((String) params[i], params[i + 1]);
        }
        return request.get("/api/catalog/products");
    }

    static List<String> ids(Response response) {
        response.then().statusCode(200);
        return response.path("items.id");
    }
}
