package io.bazaar.server.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The server serves a web build from bazaar.web.dir next to the API, which keeps every path it owns. */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(WebBuildFixture.class)
class WebPagesTest {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void theStorefrontIsAtTheRootAndAlwaysRevalidated() {
        given().accept(BROWSER_ACCEPT).get("/").then().statusCode(200)
                .contentType(startsWith("text/html")).body(containsString("storefront"))
                .header("Cache-Control", "no-cache").header("ETag", not(emptyString()));
    }

    @Test
    void hashedAssetsAreCachedForever() {
        given().get(WebBuildFixture.ASSET).then().statusCode(200)
                .contentType(containsString("javascript")).body(containsString("storefront"))
                .header("Cache-Control", "public, max-age=31536000, immutable");
    }

    @Test
    void otherFilesOfTheBuildAreRevalidated() {
        given().get("/favicon.svg").then().statusCode(200).contentType(startsWith("image/svg+xml"))
                .header("Cache-Control", "no-cache");
    }

    @Test
    void theConsoleIsAtConsole() {
        given().accept(BROWSER_ACCEPT).get("/console/").then().statusCode(200).body(containsString("console"))
                .header("Cache-Control", "no-cache");
    }

    @Test
    void pagePathsWithoutAFileGetTheirAppsIndexPage() {
        given().accept(BROWSER_ACCEPT).get("/products/42").then().statusCode(200)
                .body(containsString("storefront")).header("Cache-Control", "no-cache");
        given().accept(BROWSER_ACCEPT).get("/console/orders/B-1001").then().statusCode(200)
                .body(containsString("console"));
        given().accept(BROWSER_ACCEPT).get("/console").then().statusCode(200).body(containsString("console"));
    }

    @Test
    void anUnchangedFileIsNotSentAgain() {
        String etag = given().get("/").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get("/").then().statusCode(304).body(emptyString());
        String lastModified = given().get(WebBuildFixture.ASSET).then().extract().header("Last-Modified");
        given().header("If-Modified-Since", lastModified).get(WebBuildFixture.ASSET).then().statusCode(304);
    }

    @Test
    void headAnswersWithoutABody() {
        given().head("/").then().statusCode(200).header("Content-Length", "40").body(emptyString());
    }

    @Test
    void requestsThatDoNotAskForAPageGetTheApisNotFound() {
        given().accept("application/json").get("/products/42").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/assets/index-gone.js").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void apiAndServerPathsAreNeverWebPages() {
        given().accept(BROWSER_ACCEPT).get("/api/nowhere").then().statusCode(404)
                .contentType("application/problem+json");
        given().accept(BROWSER_ACCEPT).get("/robots.txt").then().statusCode(200).body(containsString("Sitemap:"));
        given().accept(BROWSER_ACCEPT).get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().accept(BROWSER_ACCEPT).get("/p/00000000-0000-4000-8000-000000000000/gone").then().statusCode(404)
                .body(not(containsString("storefront")));
        given().accept(BROWSER_ACCEPT).get("/sitemaps/products-999.xml").then().statusCode(404)
                .body(not(containsString("storefront")));
    }

    @Test
    void nothingOutsideTheBuildNorHiddenIsServed() {
        given().urlEncodingEnabled(false).get("/%2e%2e/outside.txt").then().body(not(containsString("outside the build")));
        given().urlEncodingEnabled(false).get("/assets/..%2f..%2foutside.txt").then()
                .body(not(containsString("outside the build")));
        given().get("/.env").then().body(not(containsString("SECRET")));
    }
}
