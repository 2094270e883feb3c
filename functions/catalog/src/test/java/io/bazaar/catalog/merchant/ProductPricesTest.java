package io.bazaar.catalog.merchant;

import static io.bazaar.catalog.support.CatalogApi.adminToken;
import static io.bazaar.catalog.support.CatalogApi.as;
import static io.bazaar.catalog.support.CatalogApi.create;
import static io.bazaar.catalog.support.CatalogApi.listedProduct;
import static io.bazaar.catalog.support.CatalogApi.sku;
import static io.bazaar.catalog.support.CatalogApi.staffToken;
import static io.bazaar.catalog.support.CatalogApi.tshirt;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A price is positive; only a product its merchant marks free sells at 0, and review shows the admin the flag. */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class ProductPricesTest {

    private final UUID merchant = UUID.randomUUID();
    private final String staff = staffToken(merchant, "products");

    @Test
    void aSkuPricedZeroIsRefusedOnCreateAndNothingIsStored() {
        Map<String, Object> draft = tshirt("Zero Tee");
        ((Map<String, Object>) ((List<?>) draft.get("skus")).get(1)).put("priceMinor", 0);
        create(staff, draft).then().statusCode(400).contentType("application/problem+json")
                .body("errors", hasSize(1)).body("errors[0].field", equalTo("skus[1].priceMinor"))
                .body("errors[0].message", containsString("must be positive"));
        assertEquals(0, countOwn());
    }

    @Test
    void aNegativePriceIsRefusedOnCreateAndOnChange() {
        Map<String, Object> draft = tshirt("Negative Tee");
        ((Map<String, Object>) ((List<?>) draft.get("skus")).get(0)).put("priceMinor", -1);
        create(staff, draft).then().statusCode(400).body("errors.field", hasItem("skus[0].priceMinor"));
        assertEquals(0, countOwn());

        String id = create(staff, tshirt("Fine Tee")).then().statusCode(201).extract().path("id");
        String skuId = as(staff).get(path(id)).path("skus[0].id");
        as(staff).body(Map.of("priceMinor", -5)).patch(path(id) + "/skus/" + skuId).then().statusCode(400)
                .body("errors.field", hasItem("priceMinor"));
    }

    @Test
    void aSkuPriceCannotBeChangedToZero() {
        String id = listedProduct(staff, tshirt("Patched Tee"));
        String skuId = as(staff).get(path(id)).path("skus[0].id");
        as(staff).body(Map.of("priceMinor", 0, "stock", 3)).patch(path(id) + "/skus/" + skuId).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("priceMinor"))
                .body("errors[0].message", containsString("must be positive"));
        as(staff).get(path(id)).then().statusCode(200).body("skus[0].priceMinor", equalTo(1999))
                .body("skus[0].stock", equalTo(10)).body("minPriceMinor", equalTo(1999));
    }

    @Test
    void aContentEditCannotPriceASkuAtZeroAndLeavesTheProductAsItWas() {
        String id = listedProduct(staff, tshirt("Edited Tee"));
        Map<String, Object> edited = tshirt("Edited Tee, cheaper");
        ((Map<String, Object>) ((List<?>) edited.get("skus")).get(2)).put("priceMinor", 0);
        as(staff).body(edited).put(path(id)).then().statusCode(400).body("errors.field", equalTo(List.of("skus[2].priceMinor")));
        as(staff).get(path(id)).then().statusCode(200).body("name", equalTo("Edited Tee")).body("status", equalTo("approved"))
                .body("visibleToShoppers", equalTo(true)).body("minPriceMinor", equalTo(1999));
    }

    @Test
    void aFreeProductPricedZeroIsAcceptedAndShownFreeInTheModerationQueue() {
        Map<String, Object> draft = freeSampler("Free Sampler");
        String id = create(staff, draft).then().statusCode(201).body("free", equalTo(true))
                .body("minPriceMinor", equalTo(0)).body("maxPriceMinor", equalTo(0)).extract().path("id");
        as(staff).post(path(id) + "/submit").then().statusCode(200);
        as(adminToken()).queryParam("size", 100).get("/api/admin/products/pending").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.free", equalTo(true));
        as(adminToken()).post("/api/admin/products/" + id + "/approve").then().statusCode(200).body("free", equalTo(true));
        as(staff).post(path(id) + "/list").then().statusCode(200).body("visibleToShoppers", equalTo(true));
    }

    @Test
    void productsAreNotFreeUnlessTheMerchantSaysSo() {
        String id = create(staff, tshirt("Paid Tee")).then().statusCode(201).body("free", equalTo(false)).extract().path("id");
        as(staff).post(path(id) + "/submit").then().statusCode(200);
        as(adminToken()).queryParam("size", 100).get("/api/admin/products/pending").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.free", equalTo(false));
    }

    @Test
    void aFreeProductWithAPriceIsRefused() {
        Map<String, Object> draft = freeSampler("Not So Free");
        draft.put("skus", List.of(sku(Map.of("scent", "rose"), 0, 5), sku(Map.of("scent", "mint"), 150, 5)));
        create(staff, draft).then().statusCode(400).body("errors", hasSize(1))
                .body("errors[0].field", equalTo("skus[1].priceMinor")).body("errors[0].message", containsString("marked free"));
        assertEquals(0, countOwn());

        String id = create(staff, freeSampler("Free Sampler")).then().statusCode(201).extract().path("id");
        String skuId = as(staff).get(path(id)).path("skus[0].id");
        as(staff).body(Map.of("priceMinor", 150)).patch(path(id) + "/skus/" + skuId).then().statusCode(400)
                .body("errors[0].field", equalTo("priceMinor"));
        as(staff).body(Map.of("priceMinor", 0, "stock", 9)).patch(path(id) + "/skus/" + skuId).then().statusCode(200)
                .body("skus[0].stock", equalTo(9));
    }

    @Test
    void markingAnApprovedProductFreeSendsItBackToReview() {
        Map<String, Object> draft = tshirt("Giveaway Tee");
        String id = listedProduct(staff, draft);
        draft.put("free", true);
        ((List<Map<String, Object>>) draft.get("skus")).forEach(sku -> sku.put("priceMinor", 0));
        as(staff).body(draft).put(path(id)).then().statusCode(200).body("free", equalTo(true))
                .body("status", equalTo("pending_review")).body("visibleToShoppers", equalTo(false));
        as(adminToken()).queryParam("size", 100).get("/api/admin/products/pending").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.free", equalTo(true));

        as(adminToken()).post("/api/admin/products/" + id + "/approve").then().statusCode(200);
        draft.put("free", false);
        ((List<Map<String, Object>>) draft.get("skus")).forEach(sku -> sku.put("priceMinor", 1999));
        as(staff).body(draft).put(path(id)).then().statusCode(200).body("free", equalTo(false))
                .body("status", equalTo("pending_review"));
    }

    @Test
    void aProductStoredWithAZeroPriceBeforeTheRuleCannotBeListed() {
        String id = create(staff, tshirt("Legacy Tee")).then().statusCode(201).extract().path("id");
        as(staff).post(path(id) + "/submit").then().statusCode(200);
        as(adminToken()).post("/api/admin/products/" + id + "/approve").then().statusCode(200);
        execute("update skus set price_minor = 0 where product_id = ? and position = 0", UUID.fromString(id));
        as(staff).post(path(id) + "/list").then().statusCode(422).contentType("application/problem+json")
                .body("type", containsString("sku-price-invalid"));
        as(staff).get(path(id)).then().body("listed", equalTo(false)).body("visibleToShoppers", equalTo(false));
    }

    @Test
    void theApiDocumentDescribesTheFreeFlag() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("components.schemas.ProductDraft.properties.free.type", equalTo("boolean"))
                .body("components.schemas.ProductDraft.properties.free.description", containsString("priced 0"))
                .body("components.schemas.MerchantProductView.properties.free.type", equalTo("boolean"))
                .body("components.schemas.SkuInput.properties.priceMinor.description", containsString("positive"));
    }

    /** A sampler in two scents, both given away. */
    private static Map<String, Object> freeSampler(String name) {
        Map<String, Object> draft = tshirt(name);
        draft.put("free", true);
        draft.put("attributes", List.of(Map.of("name", "scent", "values", List.of("rose", "mint"))));
        draft.put("skus", List.of(sku(Map.of("scent", "rose"), 0, 5), sku(Map.of("scent", "mint"), 0, 5)));
        return draft;
    }

    private long countOwn() {
        return ((Number) as(staff).get("/api/merchant/products").path("total")).longValue();
    }

    private static String path(String id) {
        return "/api/merchant/products/" + id;
    }

    /** What no endpoint may write any more (a SKU at 0), straight into the test database. */
    private static void execute(String sql, Object... parameters) {
        Config config = ConfigProvider.getConfig();
        try (Connection connection = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
