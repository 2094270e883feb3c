package io.bazaar.catalog.merchant;

import static io.bazaar.catalog.support.CatalogApi.adminToken;
import static io.bazaar.catalog.support.CatalogApi.as;
import static io.bazaar.catalog.support.CatalogApi.create;
import static io.bazaar.catalog.support.CatalogApi.listedProduct;
import static io.bazaar.catalog.support.CatalogApi.sku;
import static io.bazaar.catalog.support.CatalogApi.staffToken;
import static io.bazaar.catalog.support.CatalogApi.tshirt;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class ProductPublishingTest {

    private final UUID merchant = UUID.randomUUID();
    private final String staff = staffToken(merchant, "products");

    @Test
    void aDraftGetsOneSkuPerCombinationWithPricesAndStockSummed() {
        Map<String, Object> draft = tshirt("Classic Tee");
        draft.put("description", "<p onclick=\"steal()\">Soft <script>alert(1)</script><b>cotton</b></p><img src=x onerror=alert(1)>");
        create(staff, draft).then().statusCode(201)
                .header("Location", containsString("/api/merchant/products/"))
                .body("status", equalTo("draft")).body("listed", equalTo(false)).body("visibleToShoppers", equalTo(false))
                .body("slug", equalTo("classic-tee"))
                .body("skus", hasSize(4)).body("skus[3].attributes.colour", equalTo("blue"))
                .body("minPriceMinor", equalTo(1999)).body("maxPriceMinor", equalTo(2299)).body("totalStock", equalTo(40))
                .body("description", equalTo("<p>Soft <b>cotton</b></p>"));
    }

    @Test
    void approvalListingAndReviewFollowTheRules() {
        String id = create(staff, tshirt("Rule Tee")).then().statusCode(201).extract().path("id");
        as(staff).post(path(id) + "/list").then().statusCode(409).body("type", containsString("not-approved"));
        as(staff).post(path(id) + "/submit").then().statusCode(200).body("status", equalTo("pending_review"));
        as(staff).post(path(id) + "/submit").then().statusCode(409);

        as(adminToken()).post("/api/admin/products/" + id + "/approve").then().statusCode(200).body("status", equalTo("approved"));
        as(adminToken()).post("/api/admin/products/" + id + "/approve").then().statusCode(409);
        as(staff).post(path(id) + "/list").then().statusCode(200).body("listed", equalTo(true))
                .body("visibleToShoppers", equalTo(true));

        String skuId = as(staff).get(path(id)).path("skus[0].id");
        as(staff).body(Map.of("priceMinor", 1499, "stock", 3)).patch(path(id) + "/skus/" + skuId).then().statusCode(200)
                .body("status", equalTo("approved")).body("visibleToShoppers", equalTo(true))
                .body("minPriceMinor", equalTo(1499)).body("totalStock", equalTo(33));

        Map<String, Object> edited = tshirt("Rule Tee, now organic");
        as(staff).body(edited).put(path(id)).then().statusCode(200)
                .body("status", equalTo("pending_review")).body("listed", equalTo(true)).body("visibleToShoppers", equalTo(false));

        as(adminToken()).body(Map.of("reason", "Photos missing")).post("/api/admin/products/" + id + "/reject").then()
                .statusCode(200).body("status", equalTo("rejected")).body("rejectionReason", equalTo("Photos missing"));
        as(staff).body(edited).put(path(id)).then().statusCode(200).body("status", equalTo("draft"));
        as(staff).post(path(id) + "/submit").then().statusCode(200).body("status", equalTo("pending_review"));
        as(adminToken()).post("/api/admin/products/" + id + "/approve").then().statusCode(200)
                .body("visibleToShoppers", equalTo(true));
        as(staff).post(path(id) + "/delist").then().statusCode(200).body("visibleToShoppers", equalTo(false));
    }

    @Test
    void resavingTheSameContentOfAnApprovedProductNeedsNoReview() {
        Map<String, Object> draft = tshirt("Same Tee");
        String id = listedProduct(staff, draft);
        as(staff).body(draft).put(path(id)).then().statusCode(200).body("status", equalTo("approved"));
    }

    @Test
    void skusKeepTheirIdsWhenTheirCombinationSurvivesAnEdit() {
        Map<String, Object> draft = tshirt("Stable Tee");
        Response created = create(staff, draft);
        String redS = created.path("skus.find { it.attributes.colour == 'red' && it.attributes.size == 'S' }.id");
        draft.put("attributes", List.of(Map.of("name", "colour", "values", List.of("red", "green")),
                Map.of("name", "size", "values", List.of("S", "M"))));
        draft.put("skus", List.of(sku(Map.of("colour", "red", "size", "S"), 999, 1), sku(Map.of("colour", "green", "size", "M"), 999, 1)));
        Response edited = as(staff).body(draft).put(path(created.path("id")));
        edited.then().statusCode(200).body("skus", hasSize(2));
        assertEquals(redS, edited.path("skus.find { it.attributes.colour == 'red' }.id"));
    }

    @Test
    void resavingAProductKeepsChangesAndItsKeywordsAndTags() {
        int keyword = as(staff).body(Map.of("name", "cotton " + UUID.randomUUID())).post("/api/merchant/keywords").then()
                .statusCode(201).extract().path("id");
        int tag = as(staff).body(Map.of("name", "eco " + UUID.randomUUID())).post("/api/merchant/tags").then()
                .statusCode(201).extract().path("id");
        int otherTag = as(staff).body(Map.of("name", "gift " + UUID.randomUUID())).post("/api/merchant/tags").then()
                .statusCode(201).extract().path("id");
        Map<String, Object> draft = tshirt("Linked Tee");
        draft.put("keywordIds", List.of(keyword));
        draft.put("tagIds", List.of(tag));
        String id = create(staff, draft).then().statusCode(201).extract().path("id");
        as(staff).body(draft).put(path(id)).then().statusCode(200).body("tagIds", equalTo(List.of(tag)));
        draft.put("tagIds", List.of(otherTag));
        as(staff).body(draft).put(path(id)).then().statusCode(200)
                .body("keywordIds", equalTo(List.of(keyword))).body("tagIds", equalTo(List.of(otherTag)));
        as(staff).get(path(id)).then().body("tagIds", equalTo(List.of(otherTag)));
    }

    @Test
    void aProductWithoutAttributesHasOneSku() {
        Map<String, Object> draft = tshirt("Plain Mug");
        draft.put("attributes", List.of());
        draft.put("skus", List.of(sku(Map.of(), 2500, 7)));
        create(staff, draft).then().statusCode(201).body("skus", hasSize(1)).body("totalStock", equalTo(7));
    }

    @Test
    void badInputIsRejectedFieldByFieldAndNothingIsStored() {
        long before = countOwn();
        Map<String, Object> draft = tshirt("");
        draft.put("categoryId", 99999);
        draft.put("currency", "XYZ");
        draft.put("skus", List.of(sku(Map.of("colour", "red", "size", "S"), -1, 1),
                sku(Map.of("colour", "red", "size", "S"), 100, 1),
                sku(Map.of("colour", "purple", "size", "S"), 100, 1),
                sku(Map.of("colour", "red"), 100, 1)));
        create(staff, draft).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("name")).body("errors.field", hasItem("skus[0].priceMinor"));
        draft.put("name", "Fine name");
        draft.put("skus", List.of(sku(Map.of("colour", "red", "size", "S"), 100, 1),
                sku(Map.of("colour", "red", "size", "S"), 100, 1),
                sku(Map.of("colour", "purple", "size", "S"), 100, 1),
                sku(Map.of("colour", "red"), 100, 1)));
        create(staff, draft).then().statusCode(400)
                .body("errors.field", hasItem("categoryId")).body("errors.field", hasItem("currency"))
                .body("errors.find { it.field == 'skus[1].attributes' }.message", containsString("same combination as skus[0]"))
                .body("errors.find { it.field == 'skus[2].attributes' }.message", containsString("'purple' is not a value of colour"))
                .body("errors.find { it.field == 'skus[3].attributes' }.message", containsString("one value for each of colour, size"));
        Map<String, Object> lowerCurrency = tshirt("Tee");
        lowerCurrency.put("currency", "usd");
        create(staff, lowerCurrency).then().statusCode(400).body("errors.field", hasItem("currency"));
        Map<String, Object> noSkus = tshirt("Tee");
        noSkus.put("skus", List.of());
        create(staff, noSkus).then().statusCode(400).body("errors.field", hasItem("skus"));
        Map<String, Object> repeatedValue = tshirt("Tee");
        repeatedValue.put("attributes", List.of(Map.of("name", "colour", "values", List.of("red", "red")),
                Map.of("name", "Colour", "values", List.of("S", "M"))));
        create(staff, repeatedValue).then().statusCode(400).body("errors.field", hasItem("attributes[0].values"))
                .body("errors.field", hasItem("attributes[1].name"));
        Map<String, Object> foreignImage = tshirt("Tee");
        ((Map<String, Object>) ((List<?>) foreignImage.get("skus")).get(0)).put("imageId", UUID.randomUUID().toString());
        create(staff, foreignImage).then().statusCode(400).body("errors.field", hasItem("skus[0].imageId"));
        assertEquals(before, countOwn());
    }

    @Test
    void anotherMerchantsTermsCannotBeUsed() {
        String otherStaff = staffToken(UUID.randomUUID(), "products");
        int foreignBrand = as(otherStaff).body(Map.of("name", "Theirs")).post("/api/merchant/brands").then().statusCode(201)
                .extract().path("id");
        int ownTag = as(staff).body(Map.of("name", "summer")).post("/api/merchant/tags").then().statusCode(201).extract().path("id");
        Map<String, Object> draft = tshirt("Branded Tee");
        draft.put("brandId", foreignBrand);
        draft.put("keywordIds", List.of(ownTag));
        create(staff, draft).then().statusCode(400).body("errors.field", hasItem("brandId"))
                .body("errors.field", hasItem("keywordIds[0]"));
        draft.remove("brandId");
        draft.remove("keywordIds");
        draft.put("tagIds", List.of(ownTag));
        create(staff, draft).then().statusCode(201).body("tagIds", equalTo(List.of(ownTag)));
    }

    @Test
    void staffReachOnlyTheirOwnMerchantsProductsAndOnlyWithThePermission() {
        String id = create(staff, tshirt("Private Tee")).then().statusCode(201).extract().path("id");
        String otherStaff = staffToken(UUID.randomUUID(), "products");
        as(otherStaff).get(path(id)).then().statusCode(403).body("type", containsString("not-your-product"));
        as(otherStaff).body(tshirt("Hijacked")).put(path(id)).then().statusCode(403);
        as(otherStaff).post(path(id) + "/submit").then().statusCode(403);
        as(otherStaff).delete(path(id)).then().statusCode(403);
        as(otherStaff).get("/api/merchant/products").then().statusCode(200).body("items.id", not(hasItem(id)));

        as(staffToken(merchant, "orders")).get(path(id)).then().statusCode(403).body("type", containsString("missing-permission"));
        as(io.bazaar.catalog.support.CatalogApi.shopperToken()).get(path(id)).then().statusCode(403);
        io.restassured.RestAssured.given().get(path(id)).then().statusCode(401);
        as(staff).post("/api/admin/products/" + id + "/approve").then().statusCode(403);
        as(staff).get(path(UUID.randomUUID().toString())).then().statusCode(404);
        as(staff).get(path("not-a-uuid")).then().statusCode(404);
        as(staff).get(path(id)).then().statusCode(200).body("name", equalTo("Private Tee"));
    }

    @Test
    void deletingAProductRemovesItAndItsSkus() {
        String id = create(staff, tshirt("Gone Tee")).then().statusCode(201).extract().path("id");
        as(staff).delete(path(id)).then().statusCode(204);
        as(staff).get(path(id)).then().statusCode(404);
    }

    @Test
    void listingPagesAndFiltersByStatus() {
        UUID own = UUID.randomUUID();
        String token = staffToken(own, "products");
        for (int i = 0; i < 3; i++) {
            create(token, tshirt("Paged Tee " + i)).then().statusCode(201);
        }
        String submitted = create(token, tshirt("Submitted Tee")).path("id");
        as(token).post(path(submitted) + "/submit").then().statusCode(200);
        as(token).queryParam("size", 2).get("/api/merchant/products").then().statusCode(200)
                .body("items", hasSize(2)).body("total", equalTo(4));
        as(token).queryParam("status", "pending_review").get("/api/merchant/products").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(submitted));
        as(token).queryParam("status", "nonsense").get("/api/merchant/products").then().statusCode(400);
        as(token).queryParam("size", 1000).get("/api/merchant/products").then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void rejectionNeedsAReason() {
        String id = create(staff, tshirt("Reason Tee")).path("id");
        as(staff).post(path(id) + "/submit").then().statusCode(200);
        as(adminToken()).body(Map.of("reason", " ")).post("/api/admin/products/" + id + "/reject").then().statusCode(400);
        as(adminToken()).queryParam("size", 100).get("/api/admin/products/pending").then().statusCode(200)
                .body("items.id", hasItem(id));
    }

    private long countOwn() {
        return ((Number) as(staff).get("/api/merchant/products").path("total")).longValue();
    }

    private static String path(String id) {
        return "/api/merchant/products/" + id;
    }
}
