package io.bazaar.catalog.page;

import static io.bazaar.catalog.support.CatalogApi.adminToken;
import static io.bazaar.catalog.support.CatalogApi.as;
import static io.bazaar.catalog.support.CatalogApi.create;
import static io.bazaar.catalog.support.CatalogApi.listedProduct;
import static io.bazaar.catalog.support.CatalogApi.tshirt;
import static io.bazaar.catalog.support.CatalogApi.staffToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.bazaar.catalog.product.ImageUrls;
import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class ProductPageTest {

    static final String BASE = "https://shop.bazaar.test";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final UUID merchant = UUID.randomUUID();
    private final String staff = staffToken(merchant, "products");

    @Inject
    ImageUrls imageUrls;

    @Test
    void aListedProductHasAPageWithEverythingAShopperNeeds() {
        String id = listedProduct(staff, fullTshirt("Classic Tee"));

        Response response = given().get("/p/" + id + "/classic-tee");
        response.then().statusCode(200).contentType(startsWith("text/html")).header("Cache-Control", "public, max-age=300");
        Document page = Jsoup.parse(response.asString());

        assertEquals("Classic Tee", page.selectFirst("h1").text());
        assertEquals("Brand: Acme Wear", page.selectFirst(".brand").text());
        assertEquals("CNY 19.99 – 22.99", page.selectFirst(".price").text());
        assertEquals("In stock", page.selectFirst(".availability").text());
        assertEquals("/product/" + id, page.selectFirst("a.buy").attr("href"), "links back into the storefront to buy");
        assertEquals(List.of("Home", "Clothing", "T-shirts", "Classic Tee"), page.select("nav .breadcrumbs li").eachText());
        assertEquals(4, page.select("tr.sku").size());
        assertEquals(List.of("colour: red, size: S", "RED-S", "CNY 19.99", "In stock"), page.select("tr.sku").get(0).select("td").eachText());
        assertEquals("cotton", page.selectFirst(".description b").text());
        assertEquals("100% cotton", page.selectFirst(".parameters .text").text());
        assertEquals("1 tee\nin a paper bag", page.selectFirst(".packaging .text").wholeText());
        assertEquals("30 days, no questions asked", page.selectFirst(".after-sales .text").text());
    }

    @Test
    void theHeadCarriesTitleCanonicalOpenGraphAndTwitterTags() {
        String id = listedProduct(staff, fullTshirt("Head Tee"));
        Document page = page("/p/" + id + "/head-tee");
        String canonical = BASE + "/p/" + id + "/head-tee";

        assertEquals("Head Tee | Bazaar", page.title());
        assertEquals("Soft cotton tee.", meta(page, "name", "description"));
        assertEquals(canonical, page.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("product", meta(page, "property", "og:type"));
        assertEquals("Head Tee", meta(page, "property", "og:title"));
        assertEquals("Soft cotton tee.", meta(page, "property", "og:description"));
        assertEquals(canonical, meta(page, "property", "og:url"));
        assertEquals("Bazaar", meta(page, "property", "og:site_name"));
        assertEquals("19.99", meta(page, "property", "product:price:amount"));
        assertEquals("CNY", meta(page, "property", "product:price:currency"));
        assertEquals("Head Tee", meta(page, "name", "twitter:title"));
        assertEquals("Soft cotton tee.", meta(page, "name", "twitter:description"));
        // Without an image there is nothing for a large card or og:image to show.
        assertEquals("summary", meta(page, "name", "twitter:card"));
        assertTrue(page.select("meta[property=og:image], meta[name=twitter:image]").isEmpty());
    }

    @Test
    void longDescriptionsAreShortenedToPlainTextForTheMetaDescription() {
        Map<String, Object> draft = tshirt("Wordy Tee");
        draft.put("description", "<p>" + "A <i>very</i> soft tee. ".repeat(20) + "</p>");
        String id = listedProduct(staff, draft);
        String description = meta(page("/p/" + id + "/wordy-tee"), "name", "description");
        assertTrue(description.length() <= 160, description);
        assertTrue(description.startsWith("A very soft tee. A very soft tee."), description);
        assertTrue(description.endsWith("…"), description);
    }

    @Test
    void theJsonLdDescribesTheProductWithOneOfferPerSku() throws Exception {
        String id = listedProduct(staff, fullTshirt("Schema Tee"));
        String canonical = BASE + "/p/" + id + "/schema-tee";
        JsonNode product = jsonLd(page("/p/" + id + "/schema-tee"));

        assertEquals("https://schema.org", product.get("@context").asText());
        assertEquals("Product", product.get("@type").asText());
        assertEquals("Schema Tee", product.get("name").asText());
        assertEquals("Soft cotton tee.", product.get("description").asText());
        assertEquals(id, product.get("sku").asText());
        assertEquals(canonical, product.get("url").asText());
        assertEquals("Brand", product.at("/brand/@type").asText());
        assertEquals("Acme Wear", product.at("/brand/name").asText());
        assertEquals("Clothing > T-shirts", product.get("category").asText());
        assertTrue(product.get("image").isArray());
        assertFalse(product.has("aggregateRating"));

        JsonNode offers = product.get("offers");
        assertEquals(4, offers.size());
        List<String> prices = new ArrayList<>();
        for (JsonNode offer : offers) {
            assertEquals("Offer", offer.get("@type").asText());
            assertEquals("CNY", offer.get("priceCurrency").asText());
            assertEquals("https://schema.org/InStock", offer.get("availability").asText());
            assertEquals(canonical, offer.get("url").asText());
            assertTrue(offer.get("price").isTextual());
            prices.add(offer.get("price").asText());
        }
        assertEquals(List.of("19.99", "20.99", "21.99", "22.99"), prices);
        assertEquals("RED-S", offers.get(0).get("sku").asText());
    }

    @Test
    void memberPricesShowForVerifiedMembersWhileTheJsonLdOffersThePublicPrice() throws Exception {
        Map<String, Object> draft = tshirt("Member Tee");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> skus = (List<Map<String, Object>>) draft.get("skus");
        skus.get(0).put("memberPriceMinor", 1500);
        skus.get(2).put("memberPriceMinor", 1800);
        String id = listedProduct(staff, draft);

        Document page = page("/p/" + id + "/member-tee");
        assertEquals("CNY 19.99 – 22.99", page.selectFirst(".price").text(), "the price everyone pays stays first");
        assertEquals("Price for verified members: CNY 15.00 – 18.00 (on 2 of 4 options)",
                page.selectFirst(".member-price").text());
        assertEquals("Price for verified members", page.select("section.options th").get(3).text());
        assertEquals(List.of("colour: red, size: S", "CNY 19.99", "CNY 15.00", "In stock"), // no code: left out
                page.select("tr.sku").get(0).select("td").eachText());
        assertEquals("—", page.select("tr.sku").get(1).selectFirst("td.member").text());
        List<String> offered = new ArrayList<>();
        jsonLd(page).get("offers").forEach(offer -> offered.add(offer.get("price").asText()));
        assertEquals(List.of("19.99", "20.99", "21.99", "22.99"), offered, "offers are what anyone can pay");
        assertEquals("19.99", meta(page, "property", "product:price:amount"));

        // every option at a member price: no "on n of m"; a product without member prices shows neither line nor column
        Map<String, Object> all = tshirt("All Member Tee");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> allSkus = (List<Map<String, Object>>) all.get("skus");
        allSkus.forEach(sku -> sku.put("memberPriceMinor", 1200));
        assertEquals("Price for verified members: CNY 12.00",
                page("/p/" + listedProduct(staff, all) + "/all-member-tee").selectFirst(".member-price").text());
        Document plain = page("/p/" + listedProduct(staff, tshirt("Plain Tee")) + "/plain-tee");
        assertTrue(plain.select(".member-price").isEmpty());
        assertEquals(4, plain.select("section.options th").size());
    }

    @Test
    void aSkuWithoutStockIsOfferedAsOutOfStock() throws Exception {
        String id = listedProduct(staff, tshirt("Sold Tee"));
        String soldOut = as(staff).get("/api/merchant/products/" + id)
                .path("skus.find { it.attributes.colour == 'blue' && it.attributes.size == 'M' }.id");
        as(staff).body(Map.of("stock", 0)).patch("/api/merchant/products/" + id + "/skus/" + soldOut).then().statusCode(200);

        Document page = page("/p/" + id + "/sold-tee");
        for (JsonNode offer : jsonLd(page).get("offers")) {
            String expected = offer.get("sku").asText().equals(soldOut) ? "OutOfStock" : "InStock";
            assertEquals("https://schema.org/" + expected, offer.get("availability").asText(), offer.toString());
        }
        assertEquals("Out of stock", page.select("tr.sku").get(3).select("td").get(3).text());
        assertEquals("In stock", page.selectFirst(".availability").text());
    }

    @Test
    void attachedImagesShowInTheirOrderAndPendingUploadsDoNot() throws Exception {
        String id = listedProduct(staff, tshirt("Pictured Tee"));
        String second = image(id, 1, "ATTACHED");
        String first = image(id, 0, "ATTACHED");
        image(id, 2, "PENDING");

        Document page = page("/p/" + id + "/pictured-tee");
        List<String> expected = List.of(imageUrls.of(first), imageUrls.of(second));
        assertEquals(expected, page.select(".gallery img").eachAttr("src"));
        assertEquals(expected.get(0), meta(page, "property", "og:image"));
        assertEquals(expected.get(0), meta(page, "name", "twitter:image"));
        assertEquals("summary_large_image", meta(page, "name", "twitter:card"));
        List<String> inJsonLd = new ArrayList<>();
        jsonLd(page).get("image").forEach(url -> inJsonLd.add(url.asText()));
        assertEquals(expected, inJsonLd);
    }

    @Test
    void anAggregateRatingAppearsOnlyOnceTheProductHasRatings() throws Exception {
        String id = listedProduct(staff, tshirt("Rated Tee"));
        assertFalse(jsonLd(page("/p/" + id + "/rated-tee")).has("aggregateRating"));

        PageDatabase.execute("update product_stats set rating_count = 4, rating_sum = 18, rating_4 = 2, rating_5 = 2 "
                + "where product_id = ?", UUID.fromString(id));
        Document html = page("/p/" + id + "/rated-tee");
        JsonNode rating = jsonLd(html).get("aggregateRating");
        assertEquals("AggregateRating", rating.get("@type").asText());
        assertEquals("4.5", rating.get("ratingValue").asText());
        assertEquals(4, rating.get("ratingCount").asInt());
        assertEquals(5, rating.get("bestRating").asInt());
        assertEquals("Rated 4.5 out of 5 (4 ratings)", html.selectFirst("p.rating").text());
        // the product API carries the histogram from the same counters
        given().get("/api/catalog/products/" + id).then().statusCode(200)
                .body("ratingHistogram", org.hamcrest.Matchers.equalTo(List.of(0, 0, 0, 2, 2)));
    }

    @Test
    void aWrongOrMissingSlugRedirectsPermanentlyToTheCanonicalAddress() {
        String id = listedProduct(staff, tshirt("Moved Tee"));
        for (String path : List.of("/p/" + id + "/old-name", "/p/" + id, "/p/" + id.toUpperCase() + "/moved-tee")) {
            given().redirects().follow(false).get(path).then().statusCode(301)
                    .header("Location", endsWith("/p/" + id + "/moved-tee"));
        }
    }

    @Test
    void slugsInOtherScriptsArePercentEncodedInAddresses() {
        String id = listedProduct(staff, tshirt("蓝牙耳机"));
        String path = "/p/" + id + "/" + URLEncoder.encode("蓝牙耳机", StandardCharsets.UTF_8);
        Document page = Jsoup.parse(given().urlEncodingEnabled(false).get(path).then().statusCode(200).extract().asString());
        assertEquals(BASE + path, page.selectFirst("link[rel=canonical]").attr("href"));
        given().redirects().follow(false).get("/p/" + id + "/x").then().statusCode(301)
                .header("Location", endsWith(path));
    }

    @Test
    void productsShoppersMayNotSeeHaveNoPage() {
        String draft = create(staff, tshirt("Draft Tee")).then().statusCode(201).extract().path("id");
        String pending = create(staff, tshirt("Pending Tee")).then().statusCode(201).extract().path("id");
        as(staff).post("/api/merchant/products/" + pending + "/submit").then().statusCode(200);
        String rejected = create(staff, tshirt("Rejected Tee")).then().statusCode(201).extract().path("id");
        as(staff).post("/api/merchant/products/" + rejected + "/submit").then().statusCode(200);
        as(adminToken()).body(Map.of("reason", "Blurry")).post("/api/admin/products/" + rejected + "/reject").then().statusCode(200);
        String approvedNotListed = create(staff, tshirt("Unlisted Tee")).then().statusCode(201).extract().path("id");
        as(staff).post("/api/merchant/products/" + approvedNotListed + "/submit").then().statusCode(200);
        as(adminToken()).post("/api/admin/products/" + approvedNotListed + "/approve").then().statusCode(200);
        String delisted = listedProduct(staff, tshirt("Delisted Tee"));
        as(staff).post("/api/merchant/products/" + delisted + "/delist").then().statusCode(200);

        for (String path : List.of("/p/" + draft + "/draft-tee", "/p/" + pending + "/pending-tee", "/p/" + rejected + "/rejected-tee",
                "/p/" + approvedNotListed + "/unlisted-tee", "/p/" + delisted + "/delisted-tee", "/p/" + delisted + "/wrong-slug",
                "/p/" + UUID.randomUUID() + "/anything", "/p/not-a-uuid/anything", "/p/" + draft)) {
            String body = given().redirects().follow(false).get(path).then().statusCode(404)
                    .contentType(startsWith("text/html")).extract().asString();
            assertEquals("Product not found", Jsoup.parse(body).selectFirst("h1").text(), path);
        }
    }

    private Map<String, Object> fullTshirt(String name) {
        long brand = ((Number) as(staff).body(Map.of("name", "Acme Wear")).post("/api/merchant/brands")
                .then().statusCode(201).extract().path("id")).longValue();
        Map<String, Object> draft = tshirt(name);
        draft.put("brandId", brand);
        draft.put("packaging", "1 tee\nin a paper bag");
        draft.put("afterSales", "30 days, no questions asked");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> skus = (List<Map<String, Object>>) draft.get("skus");
        skus.get(0).put("code", "RED-S");
        return draft;
    }

    private String image(String productId, int position, String status) {
        UUID imageId = UUID.randomUUID();
        String key = "products/" + productId + "/" + imageId;
        PageDatabase.execute("""
                insert into product_images (id, product_id, merchant_id, object_key, content_type, position, status, created_at)
                values (?, ?, ?, ?, 'image/jpeg', ?, ?, ?)""", imageId, UUID.fromString(productId), merchant, key, position, status,
                Timestamp.from(Instant.now()));
        return key;
    }

    static Document page(String path) {
        return Jsoup.parse(given().get(path).then().statusCode(200).extract().asString());
    }

    static String meta(Document page, String attribute, String name) {
        Element meta = page.selectFirst("meta[" + attribute + "=" + name + "]");
        assertTrue(meta != null, "no meta " + name);
        return meta.attr("content");
    }

    static JsonNode jsonLd(Document page) throws Exception {
        return JSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
    }
}
