package io.bazaar.catalog.imports;

import static io.bazaar.catalog.support.CatalogApi.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Starts import jobs and waits for them the way a merchant's console does. */
final class ImportsApi {

    private ImportsApi() {
    }

    /** Default category T-shirts (6), the shop's "Audio" to Headphones (3), 10 % markup, stock 7 when available. */
    static Map<String, Object> options() {
        Map<String, Object> options = new HashMap<>();
        options.put("defaultCategoryId", 6);
        options.put("categoryMapping", Map.of("audio", 3));
        options.put("markupPercent", 10);
        options.put("stockWhenInStock", 7);
        return options;
    }

    /** A request of the merchant's with a fresh Idempotency-Key, as a console sends each new import. */
    static RequestSpecification withKey(String token) {
        return as(token).header("Idempotency-Key", "import-" + UUID.randomUUID());
    }

    static String start(String token, Map<String, Object> request) {
        return withKey(token).body(request).post("/api/merchant/imports").then().statusCode(202)
                .header("Location", startsWith("/api/merchant/imports/")).body("status", equalTo("QUEUED"))
                .extract().path("id");
    }

    static JsonPath awaitFinished(String token, String job) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            JsonPath state = as(token).get("/api/merchant/imports/" + job).then().statusCode(200).extract().jsonPath();
            String status = state.getString("status");
            if (status.equals("COMPLETED") || status.equals("FAILED")) {
                return state;
            }
            sleep(200);
        }
        throw new AssertionError("import job " + job + " did not finish in time");
    }

    /** The product a job made of the page at {@code url}. */
    static String productIdOf(String token, String job, String url) {
        List<Map<String, Object>> items = as(token).queryParam("size", 100).get("/api/merchant/imports/" + job + "/items")
                .then().statusCode(200).extract().path("items");
        for (int page = 1; items.stream().noneMatch(i -> url.equals(i.get("url"))) && page < 5; page++) {
            items = as(token).queryParam("size", 100).queryParam("page", page).get("/api/merchant/imports/" + job + "/items")
                    .then().extract().path("items");
        }
        return items.stream().filter(i -> url.equals(i.get("url"))).findFirst().map(i -> (String) i.get("productId"))
                .orElseThrow(() -> new AssertionError("no item for " + url + " in " + job + ": "
                        + as(token).get("/api/merchant/imports/" + job + "/items").asString()));
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static void assertEventually(Runnable check) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            try {
                check.run();
                return;
            } catch (AssertionError e) {
                if (Instant.now().isAfter(deadline)) {
                    throw e;
                }
                sleep(200);
            }
        }
    }
}
