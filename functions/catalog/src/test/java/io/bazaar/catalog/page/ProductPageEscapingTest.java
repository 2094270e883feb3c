package io.bazaar.catalog.page;

import static io.bazaar.catalog.page.ProductPageTest.jsonLd;
import static io.bazaar.catalog.page.ProductPageTest.meta;
import static io.bazaar.catalog.page.ProductPageTest.page;
import static io.bazaar.catalog.support.CatalogApi.as;
import static io.bazaar.catalog.support.CatalogApi.listedProduct;
import static io.bazaar.catalog.support.CatalogApi.staffToken;
import static io.bazaar.catalog.support.CatalogApi.tshirt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class ProductPageEscapingTest {

    private static final String NAME = "<script>alert(1)</script> \"quoted\" & more";

    private final UUID merchant = UUID.randomUUID();
    private final String staff = staffToken(merchant, "products");

    @Test
    void merchantTextCannotAddScriptsToThePage() throws Exception {
        Map<String, Object> draft = tshirt(NAME);
        draft.put("brandId", ((Number) as(staff).body(Map.of("name", "<b onmouseover=alert(5)>Brand</b>"))
                .post("/api/merchant/brands").then().statusCode(201).extract().path("id")).longValue());
        draft.put("description", "<p>Nice</p></script><script>alert(2)</script><p onclick=\"alert(6)\">tee</p>");
        draft.put("parameters", "<img src=x onerror=alert(3)>");
        draft.put("packaging", "</textarea><script>alert(4)</script>");
        draft.put("afterSales", "' onfocus='alert(7)");
        String id = listedProduct(staff, draft);
        String slug = as(staff).get("/api/merchant/products/" + id).path("slug");

        Document page = page("/p/" + id + "/" + slug);

        Elements scripts = page.select("script");
        assertEquals(1, scripts.size(), scripts.outerHtml());
        assertEquals("application/ld+json", scripts.get(0).attr("type"));
        assertTrue(page.select("img, iframe, object, embed").isEmpty());
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertFalse(attribute.getKey().toLowerCase().startsWith("on"), element.outerHtml());
            }
        }

        assertEquals(NAME + " | Bazaar", page.title());
        assertEquals(NAME, page.selectFirst("h1").text());
        assertEquals(NAME, meta(page, "property", "og:title"));
        assertEquals("<b onmouseover=alert(5)>Brand</b>", page.selectFirst(".brand span").text());
        assertEquals("<img src=x onerror=alert(3)>", page.selectFirst(".parameters .text").text());
        assertEquals("</textarea><script>alert(4)</script>", page.selectFirst(".packaging .text").text());
        assertEquals("Nice tee", page.selectFirst(".description").select("p").eachText().stream()
                .reduce((a, b) -> a + " " + b).orElse(""));

        String script = scripts.get(0).data();
        assertFalse(script.contains("<"), script);
        JsonNode product = jsonLd(page);
        assertEquals(NAME, product.get("name").asText());
        assertEquals("<b onmouseover=alert(5)>Brand</b>", product.at("/brand/name").asText());
    }
}
