package io.bazaar.catalog.page;

import static io.bazaar.catalog.page.ProductPageTest.BASE;
import static io.bazaar.catalog.support.CatalogApi.as;
import static io.bazaar.catalog.support.CatalogApi.create;
import static io.bazaar.catalog.support.CatalogApi.listedProduct;
import static io.bazaar.catalog.support.CatalogApi.staffToken;
import static io.bazaar.catalog.support.CatalogApi.tshirt;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class SitemapTest {

    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final int PART_SIZE = 2;

    private final UUID merchant = UUID.randomUUID();
    private final String staff = staffToken(merchant, "products");

    @Test
    void theIndexPointsAtPartsThatListEveryProductOnSaleOnce() {
        List<String> listed = new ArrayList<>();
        for (String name : List.of("Map Tee One", "Map Tee Two", "Map Tee Three")) {
            String id = listedProduct(staff, tshirt(name));
            listed.add(BASE + "/p/" + id + "/" + as(staff).get("/api/merchant/products/" + id).path("slug"));
        }
        String draft = create(staff, tshirt("Map Draft Tee")).then().statusCode(201).extract().path("id");
        String delisted = listedProduct(staff, tshirt("Map Delisted Tee"));
        as(staff).post("/api/merchant/products/" + delisted + "/delist").then().statusCode(200);

        Document index = xml("/sitemap.xml");
        assertEquals("sitemapindex", index.child(0).tagName());
        assertEquals(NAMESPACE, index.child(0).attr("xmlns"));
        List<String> parts = index.select("sitemap > loc").eachText();
        assertTrue(parts.size() >= 2, parts.toString());

        Map<String, Integer> seen = new HashMap<>();
        for (int n = 1; n <= parts.size(); n++) {
            assertEquals(BASE + "/sitemaps/products-" + n + ".xml", parts.get(n - 1));
            Document part = xml("/sitemaps/products-" + n + ".xml");
            assertEquals("urlset", part.child(0).tagName());
            assertEquals(NAMESPACE, part.child(0).attr("xmlns"));
            List<Element> urls = part.select("url");
            assertTrue(!urls.isEmpty() && urls.size() <= PART_SIZE, "part " + n + " has " + urls.size() + " URLs");
            for (Element url : urls) {
                seen.merge(url.selectFirst("loc").text(), 1, Integer::sum);
                Instant.parse(url.selectFirst("lastmod").text());
            }
        }
        listed.forEach(url -> assertEquals(1, seen.get(url), url));
        assertTrue(seen.values().stream().allMatch(count -> count == 1), "a product is listed twice");
        assertFalse(seen.keySet().stream().anyMatch(url -> url.contains(draft) || url.contains(delisted)));

        given().get("/sitemaps/products-" + (parts.size() + 1) + ".xml").then().statusCode(404);
        given().get("/sitemaps/products-0.xml").then().statusCode(404);
        given().get("/sitemaps/products-999999999.xml").then().statusCode(404);
    }

    @Test
    void lastmodIsWhenTheProductLastChanged() {
        String id = listedProduct(staff, tshirt("Changed Tee"));
        String sku = as(staff).get("/api/merchant/products/" + id).path("skus[0].id");
        String updatedAt = as(staff).body(Map.of("priceMinor", 999)).patch("/api/merchant/products/" + id + "/skus/" + sku)
                .then().statusCode(200).extract().path("updatedAt");
        String loc = BASE + "/p/" + id + "/changed-tee";

        String lastmod = null;
        List<String> parts = xml("/sitemap.xml").select("sitemap > loc").eachText();
        for (String part : parts) {
            Element url = xml(part.substring(BASE.length())).select("url:has(loc:containsOwn(" + loc + "))").first();
            if (url != null) {
                lastmod = url.selectFirst("lastmod").text();
            }
        }
        assertEquals(Instant.parse(updatedAt).truncatedTo(ChronoUnit.SECONDS), Instant.parse(lastmod));
    }

    @Test
    void robotsTxtAllowsProductPagesAndNamesTheSitemap() {
        String robots = given().get("/robots.txt").then().statusCode(200).contentType(startsWith("text/plain"))
                .extract().asString();
        assertTrue(robots.contains("User-agent: *"), robots);
        assertTrue(robots.lines().anyMatch("Allow: /p/"::equals), robots);
        assertTrue(robots.lines().anyMatch(("Sitemap: " + BASE + "/sitemap.xml")::equals), robots);
    }

    private static Document xml(String path) {
        String body = given().get(path).then().statusCode(200).contentType(startsWith("application/xml"))
                .header("Cache-Control", startsWith("public")).extract().asString();
        return Jsoup.parse(body, "", Parser.xmlParser());
    }
}
