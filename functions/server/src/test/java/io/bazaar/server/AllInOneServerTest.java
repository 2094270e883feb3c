package io.bazaar.server;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The assembly serves every area, its health and one merged OpenAPI document from one HTTP server. */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class AllInOneServerTest {

    @Test
    void healthIsUpWithTheDatabaseChecked() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("Reactive PostgreSQL connections health check"));
    }

    @Test
    void theOpenApiDocumentListsTheIdentityArea() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/auth/login"))
                .body("paths", hasKey("/api/me"))
                .body("info.title", equalTo("Bazaar API"));
    }

    @Test
    void theOpenApiDocumentListsTheOrdersArea() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/orders/checkout"))
                .body("paths", hasKey("/api/payments/webhook/{provider}"));
    }

    @Test
    void theOpenApiDocumentListsTheReviewsArea() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/me/reviews"))
                .body("paths", hasKey("/api/reviews/products/{productId}"))
                .body("paths", hasKey("/api/merchant/reviews/{id}/reply"))
                .body("paths", hasKey("/api/admin/reviews/{id}/approve"));
    }

    @Test
    void theOpenApiDocumentListsTheMembersArea() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/me/favourites/products/{productId}"))
                .body("paths", hasKey("/api/me/notifications"))
                .body("paths", hasKey("/api/me/devices"));
    }

    @Test
    void demoShopperCanSignInAndReadTheProfile() {
        String token = given().contentType(ContentType.JSON)
                .body(Map.of("login", "shopper@bazaar.local", "password", "shopper-demo-pass"))
                .post("/api/auth/login").then().statusCode(200).extract().path("accessToken");
        given().auth().oauth2(token).get("/api/me").then().statusCode(200)
                .body("email", equalTo("shopper@bazaar.local")).body("activated", equalTo(true));
    }

    @Test
    void demoProductsAreOnSaleAndSearchableInEnglishAndChinese() {
        given().queryParam("q", "headphones").get("/api/catalog/products").then().statusCode(200)
                .body("items.name", hasItem("Acme Wireless Headphones"));
        String id = given().queryParam("q", "耳机").get("/api/catalog/products").then().statusCode(200)
                .body("items.name", hasItem("Acme 无线蓝牙耳机 Pro")).extract().path("items.find { it.name.contains('耳机') }.id");
        given().redirects().follow(true).get("/p/" + id + "/x").then().statusCode(200)
                .body(containsString("application/ld+json"));
    }

    @Test
    void unknownRoutesAreProblemsWithARequestId() {
        given().get("/api/nowhere").then().statusCode(404).contentType("application/problem+json")
                .header("X-Request-Id", notNullValue()).body("requestId", notNullValue());
        given().header("X-Request-Id", "trace-123").get("/api/nowhere").then().header("X-Request-Id", "trace-123")
                .body("requestId", equalTo("trace-123"));
    }

    @Test
    void withoutAWebDirEveryPathIsTheApis() {
        given().accept("text/html").get("/").then().statusCode(404).contentType("application/problem+json");
        given().accept("text/html").get("/products/42").then().statusCode(404).contentType("application/problem+json");
    }
}
